import { printFrameCss } from "@/lib/notes/print-frame";

type Props = { clientName: string; dateOfBirth: string; dateOfService: string | null };

/** The running header and footer and the margins of the printed note (lib/notes/print-frame.ts). */
export function PrintPageFrame(props: Props) {
  return <style>{printFrameCss(props)}</style>;
}
