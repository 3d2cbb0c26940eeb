import http from "node:http";

/**
 * HTTP from a loopback address of the test's choosing (127.x.y.z all reach this machine), so a
 * test can act as a client on another network without touching what 127.0.0.1 (the browsers of
 * every other test) is allowed. The server sees the address as the socket's peer, which is what
 * an attacker cannot forge.
 */
export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function randomLoopbackAddress(): string {
  const octet = () => 2 + Math.floor(Math.random() * 250);
  return `127.${octet()}.${octet()}.${octet()}`;
}

export class RawClient {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly baseURL: string,
    readonly localAddress: string,
  ) {}

  async send(method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
    const url = new URL(path, this.baseURL);
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const headers: Record<string, string> = { ...(cookie ? { cookie } : {}), ...options.headers };
    if (options.body !== undefined) headers["content-length"] = String(Buffer.byteLength(options.body));
    const response = await new Promise<RawResponse>((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port: url.port, path: `${url.pathname}${url.search}`, method, headers, localAddress: this.localAddress }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      request.on("error", reject);
      request.end(options.body);
    });
    for (const line of response.headers["set-cookie"] ?? []) {
      const [pair] = line.split(";");
      const at = pair?.indexOf("=") ?? -1;
      if (pair && at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }

  /** next-auth's CSRF token (and its cookie, kept by this client). */
  async csrfToken(): Promise<string> {
    const response = await this.send("GET", "/api/auth/csrf");
    return (JSON.parse(response.body) as { csrfToken: string }).csrfToken;
  }

  /** A password sign-in exactly as the sign-in form's script sends it. */
  async signIn(credentials: { email: string; password: string }, csrfToken: string): Promise<RawResponse> {
    const body = new URLSearchParams({ ...credentials, csrfToken, callbackUrl: this.baseURL, json: "true" }).toString();
    return this.send("POST", "/api/auth/callback/credentials", { headers: { "content-type": "application/x-www-form-urlencoded" }, body });
  }

  hasSignInCookie(): boolean {
    return [...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token"));
  }
}

/** next-auth's `error` parameter of a sign-in answer, as the form reads it. */
export function signInErrorOf(response: RawResponse): string | null {
  const { url } = JSON.parse(response.body) as { url?: string };
  return url ? new URL(url).searchParams.get("error") : null;
}
