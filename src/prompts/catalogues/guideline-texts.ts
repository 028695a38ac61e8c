// The default rule set and consequence ladder, written for this tool in each language it ships
// texts for. Other languages are asked for in the wizard (or taken from --answers).

export const ruleIds = ["be-respectful", "no-harassment", "no-spam", "stay-on-topic", "protect-privacy"] as const;
export type RuleId = (typeof ruleIds)[number];

export interface GuidelineTexts {
  rules: Record<RuleId, { title: string; explanation: string }>;
  /** From the first step to the last. */
  consequences: [string, string, string, string];
  reporting: string;
}

export const guidelineTexts: Readonly<Record<string, GuidelineTexts>> = {
  en: {
    rules: {
      "be-respectful": { title: "Be respectful", explanation: "Disagree with ideas, not with people, and assume good intent." },
      "no-harassment": { title: "No harassment or discrimination", explanation: "No insults, threats or slurs, and no one is singled out for who they are." },
      "no-spam": { title: "No spam or excessive self-promotion", explanation: "Share your own work when it helps the conversation, not as an advert." },
      "stay-on-topic": { title: "Stay on topic", explanation: "Keep each thread to its subject; start a new one for a new question." },
      "protect-privacy": { title: "Protect privacy", explanation: "Never share someone else's personal details, messages or images without their consent." },
    },
    consequences: ["A friendly reminder from a moderator", "A written warning", "A temporary suspension", "A permanent ban"],
    reporting: "Flag the post or message a moderator; reports are handled in confidence.",
  },
  nl: {
    rules: {
      "be-respectful": { title: "Wees respectvol", explanation: "Val de mening aan, niet de persoon, en ga ervan uit dat iedereen het goed bedoelt." },
      "no-harassment": { title: "Geen intimidatie of discriminatie", explanation: "Geen beledigingen, bedreigingen of scheldwoorden, en niemand wordt aangevallen om wie hij of zij is." },
      "no-spam": { title: "Geen spam of overdreven zelfpromotie", explanation: "Deel gerust je eigen werk als het iets toevoegt aan het gesprek, maar niet als reclame." },
      "stay-on-topic": { title: "Blijf bij het onderwerp", explanation: "Houd elk draadje bij zijn onderwerp en begin een nieuw draadje voor een nieuwe vraag." },
      "protect-privacy": { title: "Respecteer ieders privacy", explanation: "Deel nooit persoonsgegevens, berichten of foto's van een ander zonder toestemming." },
    },
    consequences: ["Een vriendelijke herinnering van een moderator", "Een schriftelijke waarschuwing", "Een tijdelijke schorsing", "Permanente verwijdering uit de community"],
    reporting: "Meld het bericht of stuur een moderator een privébericht. We behandelen elke melding vertrouwelijk.",
  },
  nb: {
    rules: {
      "be-respectful": { title: "Vis respekt", explanation: "Diskuter sak, ikke person, og gå ut fra at andre mener det godt." },
      "no-harassment": { title: "Ingen trakassering eller diskriminering", explanation: "Ingen fornærmelser, trusler eller skjellsord, og ingen blir hengt ut for den de er." },
      "no-spam": { title: "Ingen spam eller overdreven selvpromotering", explanation: "Del gjerne ditt eget arbeid når det tilfører samtalen noe, men ikke som reklame." },
      "stay-on-topic": { title: "Hold deg til temaet", explanation: "Hold hver tråd til sitt tema, og start en ny tråd når du har et nytt spørsmål." },
      "protect-privacy": { title: "Respekter andres personvern", explanation: "Del aldri andres personopplysninger, meldinger eller bilder uten at de har sagt ja." },
    },
    consequences: ["En vennlig påminnelse fra en moderator", "En skriftlig advarsel", "Midlertidig utestengelse", "Permanent utestengelse"],
    reporting: "Rapporter innlegget eller send en privat melding til en moderator. Alle rapporter behandles konfidensielt.",
  },
  sv: {
    rules: {
      "be-respectful": { title: "Var respektfull", explanation: "Var oenig med idéer, inte med människor, och utgå från att andra menar väl." },
      "no-harassment": { title: "Inga trakasserier eller diskriminering", explanation: "Inga förolämpningar, hot eller glåpord, och ingen pekas ut för den de är." },
      "no-spam": { title: "Ingen spam eller överdriven självmarknadsföring", explanation: "Dela ditt eget arbete när det hjälper samtalet, inte som reklam." },
      "stay-on-topic": { title: "Håll dig till ämnet", explanation: "Håll varje tråd till sitt ämne; starta en ny tråd för en ny fråga." },
      "protect-privacy": { title: "Skydda integriteten", explanation: "Dela aldrig någon annans personuppgifter, meddelanden eller bilder utan samtycke." },
    },
    consequences: ["En vänlig påminnelse från en moderator", "En skriftlig varning", "En tillfällig avstängning", "En permanent avstängning"],
    reporting: "Anmäl inlägget eller skicka ett meddelande till en moderator; anmälningar hanteras konfidentiellt.",
  },
  de: {
    rules: {
      "be-respectful": { title: "Sei respektvoll", explanation: "Widersprich Ideen, nicht Menschen, und geh von guten Absichten aus." },
      "no-harassment": { title: "Keine Belästigung oder Diskriminierung", explanation: "Keine Beleidigungen, Drohungen oder Beschimpfungen, und niemand wird wegen seiner Person angegriffen." },
      "no-spam": { title: "Kein Spam und keine übermäßige Eigenwerbung", explanation: "Teile eigene Arbeit, wenn sie dem Gespräch hilft, nicht als Werbung." },
      "stay-on-topic": { title: "Bleib beim Thema", explanation: "Halte jeden Thread bei seinem Thema; starte für eine neue Frage einen neuen Thread." },
      "protect-privacy": { title: "Schütze die Privatsphäre", explanation: "Teile nie persönliche Daten, Nachrichten oder Bilder anderer ohne deren Einwilligung." },
    },
    consequences: ["Ein freundlicher Hinweis einer Moderatorin oder eines Moderators", "Eine schriftliche Verwarnung", "Eine vorübergehende Sperre", "Ein dauerhafter Ausschluss"],
    reporting: "Melde den Beitrag oder schreib einer Moderatorin oder einem Moderator; Meldungen werden vertraulich behandelt.",
  },
  fr: {
    rules: {
      "be-respectful": { title: "Soyez respectueux", explanation: "Contestez les idées, pas les personnes, et présumez la bonne foi." },
      "no-harassment": { title: "Ni harcèlement ni discrimination", explanation: "Pas d'insultes, de menaces ni d'injures, et personne n'est visé pour ce qu'il est." },
      "no-spam": { title: "Pas de spam ni d'autopromotion excessive", explanation: "Partagez votre travail quand il aide la discussion, pas comme une publicité." },
      "stay-on-topic": { title: "Restez dans le sujet", explanation: "Gardez chaque fil sur son sujet ; ouvrez-en un nouveau pour une nouvelle question." },
      "protect-privacy": { title: "Protégez la vie privée", explanation: "Ne partagez jamais les données personnelles, messages ou images d'autrui sans son accord." },
    },
    consequences: ["Un rappel amical d'un modérateur", "Un avertissement écrit", "Une suspension temporaire", "Une exclusion définitive"],
    reporting: "Signalez le message ou écrivez à un modérateur ; les signalements sont traités en toute confidentialité.",
  },
  es: {
    rules: {
      "be-respectful": { title: "Sé respetuoso", explanation: "Discrepa de las ideas, no de las personas, y presupón buena intención." },
      "no-harassment": { title: "Nada de acoso ni discriminación", explanation: "Sin insultos, amenazas ni ofensas, y nadie es señalado por quién es." },
      "no-spam": { title: "Nada de spam ni autopromoción excesiva", explanation: "Comparte tu trabajo cuando ayude a la conversación, no como anuncio." },
      "stay-on-topic": { title: "Cíñete al tema", explanation: "Mantén cada hilo en su tema; abre uno nuevo para una pregunta nueva." },
      "protect-privacy": { title: "Protege la privacidad", explanation: "Nunca compartas datos personales, mensajes o imágenes de otra persona sin su consentimiento." },
    },
    consequences: ["Un recordatorio amable de un moderador", "Una advertencia por escrito", "Una suspensión temporal", "Una expulsión permanente"],
    reporting: "Denuncia la publicación o escribe a un moderador; las denuncias se tratan con confidencialidad.",
  },
};

/** The texts for a tag, falling back from a regional tag to its language ("nl-BE" → "nl", "no" → "nb"). */
export function textsFor(tag: string): GuidelineTexts | undefined {
  const base = tag.split("-")[0]!.toLowerCase();
  return guidelineTexts[tag] ?? guidelineTexts[base] ?? (base === "no" ? guidelineTexts.nb : undefined);
}
