// The Markdown the benchmark prints and puts into the README, from measured rows only.

export const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const times = (n, digits = 1) => (Number.isFinite(n) ? `${n.toFixed(digits)}×` : "");

export function header({ date, cpus, cpu, memGiB, os, node, runs, memoryRuns, memory }) {
  return [
    `Measured ${date} on ${cpus} × ${cpu}, ${memGiB} GiB, ${os}, Node ${node}.`,
    `Time: median of ${runs} cold run${runs === 1 ? "" : "s"} per command after a warm-up, all commands interleaved. Memory: ${memory}, the largest of ${memoryRuns}.`,
  ].join(" ");
}

export function startupTable(rows) {
  const floor = rows.find((r) => r.role === "floor")?.ms;
  return [
    "| command | median ms | × `node -e 0` | peak MiB |",
    "| --- | ---: | ---: | ---: |",
    ...rows.map((r) => `| ${r.name} | ${fmt(r.ms)} | ${fmt(r.ms / floor, 2)} | ${fmt(r.mib, 1)} |`),
  ];
}

/** One sentence per peer: how long it takes beside `lint` on the same plan. */
export function peerRatios(rows) {
  const sentences = [];
  for (const peer of rows.filter((r) => r.role.startsWith("peer-"))) {
    const lint = rows.find((r) => r.role === "lint-example" && r.plan === peer.plan);
    if (!lint) continue;
    sentences.push(`\`${peer.name}\` takes ${fmt(peer.ms / lint.ms, 1)}× as long as \`${lint.name}\`, and checks the schema only.`);
  }
  return sentences;
}

export function scaleTable(rows) {
  return [
    "| input | median ms | growth per 10× | peak MiB | growth per 10× |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows.map((r) => `| ${r.name} | ${fmt(r.ms)} | ${times(r.growth)} | ${fmt(r.mib, 1)} | ${times(r.mibGrowth)} |`),
  ];
}

const verdictText = (met) => (met === undefined ? "not measured" : met ? "met" : "**not met**");

export function goalsTable(verdicts) {
  return [
    "| case | measured | goal | verdict |",
    "| --- | ---: | --- | --- |",
    ...verdicts.map((v) => `| ${v.subject} | ${v.measured} | ${v.target} | ${verdictText(v.met)} |`),
  ];
}
