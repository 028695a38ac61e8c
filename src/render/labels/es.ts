// es: a catalogue under way. The sections given here are complete; the others are English
// until they are written (lint's document-language warns for "es" meanwhile). Write a missing
// section as the language's speakers write it, with the same keys as labels/en.ts.
import type { PartialLabels } from "./partial.js";

export const es = {
  locale: { tag: "es", dates: "es", decimal: ",", group: ".", minimumGroupingDigits: 2 },
  words: {
    list: (items: readonly string[]): string => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} y ${items.at(-1)}`),
    everyDay: "todos los días",
    durations: {
      d: ["día", "días"],
      h: ["hora", "horas"],
      m: ["minuto", "minutos"],
    },
    new: "nuevo",
    points: "p. p.",
    money: (amount: string, symbol: string | undefined, code: string): string => `${amount}\u00a0${symbol ?? code}`,
    languageNames: {},
  },
  guidelines: {
    title: "Normas de la comunidad",
    intro: "Estas normas hacen de {community} un lugar donde la gente quiere estar. Se aplican en todos los espacios de la comunidad.",
    rules: "Nuestras normas",
    consequences: "Qué ocurre si alguien incumple una norma",
    consequencesIntro: "Los moderadores siguen estos pasos en orden y pueden saltarse alguno ante infracciones graves o repetidas.",
    step: "Paso {n}",
    report: "Cómo avisar de un problema",
    noReporting: "Ponte en contacto con cualquiera de los moderadores que aparecen abajo.",
    noReportingNoNames: "Ponte en contacto con el equipo de moderación.",
    moderators: "Quién modera",
    responseTime: "Respondemos a cada aviso en un plazo de {duration}.",
    otherLanguages: "También disponible en: {languages}.",
  },
  label: { name: "Nombre", languages: "Idiomas", hours: "Horario", timeZone: "Zona horaria" },
  footer: { generated: "Generado a partir del plan de la comunidad el {date}." },
} satisfies PartialLabels;
