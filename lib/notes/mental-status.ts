/** Mental status exam domains (BILLING-RULES §5), each with what "within normal limits" means. */
export const MSE_DOMAINS = [
  { id: "appearance", label: "Appearance", normal: "Appropriately groomed and dressed, no distinguishing concerns" },
  { id: "behavior", label: "Behaviour", normal: "Cooperative, calm, appropriate eye contact, no agitation" },
  { id: "speech", label: "Speech", normal: "Normal rate, volume and rhythm" },
  { id: "mood", label: "Mood", normal: "Euthymic by the client's report" },
  { id: "affect", label: "Affect", normal: "Full range, congruent with mood" },
  { id: "thoughtProcess", label: "Thought process", normal: "Linear and goal-directed" },
  { id: "thoughtContent", label: "Thought content", normal: "No delusions, obsessions or preoccupations" },
  { id: "perception", label: "Perception", normal: "No hallucinations reported or observed" },
  { id: "cognition", label: "Cognition", normal: "Alert and oriented ×3, attention and memory grossly intact" },
  { id: "insight", label: "Insight", normal: "Good" },
  { id: "judgment", label: "Judgment", normal: "Good" },
] as const;

type MseDomainId = (typeof MSE_DOMAINS)[number]["id"];
export const MSE_DOMAIN_IDS = MSE_DOMAINS.map((d) => d.id) as [MseDomainId, ...MseDomainId[]];
