import type { SafetyPlanTemplate } from "../types";

// Stanley–Brown Safety Planning Intervention structure (Stanley & Brown, Cogn Behav Pract 2012),
// six steps plus reasons for living — domain-research.md §5, BILLING-RULES.md §5.
// Shared by 90839 and 90840; edit here only.
export const crisisSafetyPlanTemplate: SafetyPlanTemplate = {
  title: "Safety plan (Stanley–Brown structure)",
  principles: [
    "Write it with the client, in the client's own words; it is their plan, not a form filled in for them.",
    "The steps are used in order: first what the client can do alone, then people, then professionals, moving on only if the crisis continues.",
    "For each item, ask how likely the client is to use it and work through whatever would get in the way.",
    "A safety plan is not a no-suicide contract; such contracts have no evidence of benefit and are not a substitute.",
    "Give the client a copy (paper, portal or a photo on their phone), note the date it was made, and review it at the next contact.",
  ],
  steps: [
    {
      step: 1,
      id: "warning-signs",
      title: "Warning signs",
      prompt:
        "What thoughts, feelings, pictures in your mind, situations or behaviours tell you a crisis may be building?",
      clinicianTip:
        "Aim for specific, personal signs in the client's words, so they know when it is time to open the plan.",
      examples: [
        "Lying awake going over the same argument",
        "Thinking \"everyone would be better off without me\"",
        "Not answering messages and staying in my room",
        "Drinking alone in the evening",
        "Feeling trapped or numb",
      ],
    },
    {
      step: 2,
      id: "internal-coping",
      title: "Things I can do on my own to cope",
      prompt:
        "What can you do by yourself to take your mind off things or calm your body, without contacting anyone?",
      clinicianTip:
        "Favour activities that work at night and wherever crises usually happen; check how likely each one is to be used.",
      examples: [
        "Slow breathing: in for 4, out for 6, for five minutes",
        "Take a shower or hold something cold",
        "Walk around the block",
        "Put on my calming playlist",
        "Play a game or do a puzzle on my phone",
      ],
    },
    {
      step: 3,
      id: "social-distraction",
      title: "People and places that take my mind off things",
      prompt: "Who can you be with, or where can you go, so you are not alone with these thoughts?",
      clinicianTip:
        "These contacts are for company and distraction; the client does not have to tell them about the crisis.",
      examples: [
        "[Friend's name] — [phone]",
        "[Relative's name] — [phone]",
        "Coffee shop on [street]",
        "Gym, library or place of worship: [name]",
      ],
    },
    {
      step: 4,
      id: "help-contacts",
      title: "People I can ask for help",
      prompt: "Who could you tell that you are struggling, and ask to help you get through it?",
      clinicianTip:
        "Check the client is willing to tell each person; with consent, consider bringing one of them into the plan now.",
      examples: [
        "[Family member] — [phone]",
        "[Close friend] — [phone]",
        "[Sponsor, mentor or faith leader] — [phone]",
      ],
    },
    {
      step: 5,
      id: "professional-contacts",
      title: "Professionals and services I can contact",
      prompt: "Who will you contact if the earlier steps have not kept you safe?",
      clinicianTip:
        "Enter real names and numbers together and confirm they are current, including your own after-hours arrangements.",
      examples: [
        "My therapist: [name] — [phone]; after hours: [number]",
        "My prescriber or doctor: [name] — [phone]",
        "988 Suicide & Crisis Lifeline: call or text 988, or chat at 988lifeline.org (24/7)",
        "Veterans and service members: call 988 and press 1, or text 838255",
        "Crisis Text Line: text HOME to 741741",
        "Local crisis or mobile crisis team: [number]",
        "Nearest emergency department: [name and address]",
        "In immediate danger: call 911",
      ],
    },
    {
      step: 6,
      id: "safe-environment",
      title: "Making my surroundings safer",
      prompt:
        "What could you use to hurt yourself, and how can we make it harder to get to while you feel this way?",
      clinicianTip:
        "Ask specifically about firearms and medication supplies, plus any means found in the risk assessment; agree who does what, by when, and follow it up.",
      examples: [
        "Firearms stored outside the home with [person], or locked with the key held by [person]",
        "Keep only a few days of medication at home; [person] holds the rest",
        "Get rid of old or unused medication",
        "Avoid alcohol and drugs while I feel this way",
      ],
    },
    {
      step: 7,
      id: "reasons-for-living",
      title: "My reasons for living",
      prompt: "What matters most to you and is worth living for?",
      clinicianTip:
        "Let the client name these in their own words rather than suggesting them; hopes and plans for the future count.",
      examples: [
        "My children",
        "My partner",
        "My pets",
        "My faith",
        "Finishing my course",
        "[Something I am looking forward to]",
      ],
    },
  ],
};
