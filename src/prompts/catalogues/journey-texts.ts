// The default member journey (newcomer → participant → contributor → leader) and the two
// activities that move members up it, written for this tool in each language it ships texts
// for. A plan's text is in the community's first language; other languages get English, to edit.

export interface JourneyTexts {
  /** Four levels, first contact to leadership: a name and the behaviour that puts a member there. */
  levels: [Level, Level, Level, Level];
  /** Recognition that invites participants to contribute more. */
  spotlight: { name: string; description: string };
  /** A personal invitation that turns regular contributors into leaders. */
  invitation: { name: string; description: string };
}

interface Level {
  name: string;
  description: string;
}

export const journeyTexts: Readonly<Record<string, JourneyTexts>> = {
  en: {
    levels: [
      { name: "Newcomer", description: "Has joined and reads along, but has not posted yet." },
      { name: "Participant", description: "Posts now and then: asks a question, replies or reacts." },
      { name: "Contributor", description: "Helps others regularly: answers questions and shares what they made." },
      { name: "Leader", description: "Takes on responsibility: welcomes newcomers, hosts sessions or moderates." },
    ],
    spotlight: { name: "Member spotlight", description: "Every month we feature a member who helped others, with their permission." },
    invitation: {
      name: "Invitation to help run the community",
      description: "Regular contributors are asked in person to welcome newcomers, host a session or moderate, with a short introduction and a contact for questions.",
    },
  },
  nl: {
    levels: [
      { name: "Nieuwkomer", description: "Is lid geworden en leest mee, maar heeft nog niets geplaatst." },
      { name: "Deelnemer", description: "Plaatst af en toe iets: stelt een vraag of reageert op anderen." },
      { name: "Bijdrager", description: "Helpt anderen regelmatig: beantwoordt vragen en deelt wat hij of zij gemaakt heeft." },
      { name: "Kartrekker", description: "Neemt verantwoordelijkheid: verwelkomt nieuwkomers, leidt sessies of modereert." },
    ],
    spotlight: { name: "Lid in de schijnwerpers", description: "Elke maand zetten we, met toestemming, een lid in de schijnwerpers dat anderen heeft geholpen." },
    invitation: {
      name: "Uitnodiging om mee te helpen",
      description: "Wie regelmatig bijdraagt, vragen we persoonlijk om nieuwkomers te verwelkomen, een sessie te leiden of te modereren, met een korte introductie en een vast aanspreekpunt.",
    },
  },
  nb: {
    levels: [
      { name: "Nykommer", description: "Har blitt med og leser, men har ikke skrevet noe ennå." },
      { name: "Deltaker", description: "Skriver av og til: stiller et spørsmål, svarer eller reagerer." },
      { name: "Bidragsyter", description: "Hjelper andre jevnlig: svarer på spørsmål og deler det de har laget." },
      { name: "Leder", description: "Tar ansvar: ønsker nykommere velkommen, holder samlinger eller modererer." },
    ],
    spotlight: { name: "Månedens medlem", description: "Hver måned løfter vi fram et medlem som har hjulpet andre, med vedkommendes samtykke." },
    invitation: {
      name: "Invitasjon til å bidra i driften",
      description: "De som bidrar jevnlig, blir spurt personlig om de vil ønske nykommere velkommen, holde en samling eller moderere, med en kort innføring og en fast kontaktperson.",
    },
  },
  sv: {
    levels: [
      { name: "Nykomling", description: "Har gått med och läser, men har inte skrivit något än." },
      { name: "Deltagare", description: "Skriver då och då: ställer en fråga, svarar eller reagerar." },
      { name: "Bidragsgivare", description: "Hjälper andra regelbundet: svarar på frågor och delar det de har gjort." },
      { name: "Ledare", description: "Tar ansvar: välkomnar nykomlingar, håller i träffar eller modererar." },
    ],
    spotlight: { name: "Månadens medlem", description: "Varje månad lyfter vi fram en medlem som har hjälpt andra, med medlemmens samtycke." },
    invitation: {
      name: "Inbjudan att hjälpa till",
      description: "Den som bidrar regelbundet tillfrågas personligen om att välkomna nykomlingar, hålla i en träff eller moderera, med en kort introduktion och en kontaktperson för frågor.",
    },
  },
  de: {
    levels: [
      { name: "Neuling", description: "Ist beigetreten und liest mit, hat aber noch nichts geschrieben." },
      { name: "Teilnehmende", description: "Schreibt ab und zu etwas: stellt eine Frage, antwortet oder reagiert." },
      { name: "Mitwirkende", description: "Hilft anderen regelmäßig: beantwortet Fragen und teilt eigene Projekte." },
      { name: "Verantwortliche", description: "Übernimmt Verantwortung: begrüßt Neulinge, leitet Treffen oder moderiert." },
    ],
    spotlight: { name: "Mitglied im Porträt", description: "Jeden Monat stellen wir – mit Einverständnis – ein Mitglied vor, das anderen geholfen hat." },
    invitation: {
      name: "Einladung zur Mitarbeit",
      description: "Wer regelmäßig mitwirkt, wird persönlich gefragt, ob er oder sie Neulinge begrüßen, ein Treffen leiten oder moderieren möchte – mit einer kurzen Einführung und einer festen Ansprechperson.",
    },
  },
  fr: {
    levels: [
      { name: "Nouveau membre", description: "A rejoint la communauté et suit les échanges, mais n'a encore rien publié." },
      { name: "Participant", description: "Publie de temps en temps : pose une question, répond ou réagit." },
      { name: "Contributeur", description: "Aide les autres régulièrement : répond aux questions et partage ses réalisations." },
      { name: "Animateur", description: "Prend des responsabilités : accueille les nouveaux, anime des rencontres ou modère." },
    ],
    spotlight: { name: "Membre à l'honneur", description: "Chaque mois, avec son accord, nous mettons à l'honneur un membre qui a aidé les autres." },
    invitation: {
      name: "Invitation à s'impliquer",
      description: "Les contributeurs réguliers sont invités personnellement à accueillir les nouveaux, animer une rencontre ou modérer, avec une courte présentation et un interlocuteur pour leurs questions.",
    },
  },
  es: {
    levels: [
      { name: "Nuevo miembro", description: "Se ha unido y lee las conversaciones, pero aún no ha publicado nada." },
      { name: "Participante", description: "Publica de vez en cuando: hace una pregunta, responde o reacciona." },
      { name: "Colaborador", description: "Ayuda a otros con regularidad: responde preguntas y comparte lo que ha hecho." },
      { name: "Líder", description: "Asume responsabilidades: da la bienvenida a los nuevos, organiza encuentros o modera." },
    ],
    spotlight: { name: "Miembro destacado", description: "Cada mes, con su permiso, destacamos a un miembro que ha ayudado a otros." },
    invitation: {
      name: "Invitación a colaborar",
      description: "A quienes contribuyen con regularidad les pedimos en persona que den la bienvenida a los nuevos, organicen un encuentro o moderen, con una breve introducción y una persona de contacto.",
    },
  },
};

/** The texts for a tag, falling back from a regional tag to its language ("nl-BE" → "nl", "no" → "nb"), then to English. */
export function journeyTextsFor(tag: string): JourneyTexts {
  const base = tag.split("-")[0]!.toLowerCase();
  return journeyTexts[tag] ?? journeyTexts[base] ?? (base === "no" ? journeyTexts.nb : undefined) ?? journeyTexts.en!;
}
