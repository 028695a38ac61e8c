// The HTML documents in a real browser: Debian's Chromium prints each one to PDF on A4 and on
// Letter, and pdftotext reads the PDF back; the same browser shows each at 1280 px on screen.
// Needs /usr/bin/chromium and pdftotext (.ci/install-system-deps installs both). Without them the
// file is skipped with a message on a laptop, and fails in CI.
// Every catalogue, as the library API has them (the CLI loads the ones a run writes).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCalendar } from "../../src/calendar/entries.js";
import { renderDocuments } from "../../src/render/documents.js";
import { renderTemplate } from "../../src/render/environment.js";
import { labelsFor } from "../../src/render/labels/index.js";
import { calendarView } from "../../src/render/view/calendar-view.js";
import { persona, planText, toPlan } from "../calendar/fixtures.js";
import { documentPlans } from "../helpers/golden-sets.js";
import { TODAY } from "../helpers/plans.js";
import { planFromFile } from "./render-helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const missing = [existsSync(CHROMIUM) ? null : CHROMIUM, hasPdftotext() ? null : "pdftotext"].filter((tool) => tool !== null);
const inCi = Boolean(process.env.CI) && process.env.CI !== "false";
if (missing.length > 0 && !inCi) {
  console.warn(`print test skipped: ${missing.join(" and ")} not found (run .ci/install-system-deps as root)`);
}

function hasPdftotext(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Flags for a closed network: no background connections, no first-run work, no GPU. */
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const PAPERS = ["A4", "Letter"] as const;

interface PrintedDocument {
  /** e.g. global-gaming/calendar.html */
  label: string;
  file: string;
  community: string;
}

let outDir = "";

/** Every example's HTML documents, and a calendar whose notes include a DST shift and whose
 *  community name needs escaping in CSS. */
function writeDocuments(): PrintedDocument[] {
  const documents: PrintedDocument[] = [];
  const add = (set: string, name: string, content: string, community: string) => {
    const file = path.join(outDir, `${set}--${name}`);
    writeFileSync(file, content);
    documents.push({ label: `${set}/${name}`, file, community });
  };
  for (const planFile of documentPlans()) {
    const plan = planFromFile(planFile);
    for (const rendered of renderDocuments(plan, { format: "html", today: TODAY }).files) {
      add(path.basename(planFile, ".yaml"), rendered.name, rendered.content, plan.community.name);
    }
  }
  const community = 'Night "owls" & <b>co</b>';
  const dstPlan = toPlan(
    planText({
      personas: persona("member", ["Europe/Amsterdam", "America/Los_Angeles"]),
      content: `  series:
    - id: night
      title: Night owls
      channel: forum
      format: livestream
      cadence: { every: month, nth: -1, weekday: sun }
      localTime: "02:30"
      audience: [member]
`,
    }).replace("name: Test community", `name: ${JSON.stringify(community)}`),
  );
  const calendar = buildCalendar(dstPlan, { from: "2027-03-01", to: "2027-04-30", label: "spring" });
  add("dst", "calendar.html", renderTemplate("calendar", calendarView(calendar, TODAY, labelsFor("en")), { format: "html", lang: "en" }), community);
  return documents;
}

/** Text of a PDF, one string per page. -raw keeps a dash at a line's end, where the
 *  default mode joins "peer-" and "answer" into one word. */
function pdfPages(pdf: Buffer, name: string): string[] {
  const file = path.join(outDir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  return text.split("\f").slice(0, -1);
}

/**
 * The words of a text, case folded, for comparing a page with its PDF. A line may break after a
 * slash or a dash, so those split words too; Chinese and Japanese characters count one by one,
 * since their lines break between any two. A word cut anywhere else ("Amsterd am", "RE" for
 * "RECORDING") or lost with its column is missing from the PDF's count.
 */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const words = text
    // Marks go: a PDF may carry a kana's voicing mark as a character of its own (ケ゛ for ゲ).
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, " $& ")
    .split(/[\s/\-‐–—]+/u)
    // Punctuation goes with the word before it in print, but may sit in a text node of its own.
    .map((word) => word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ""))
    .filter((word) => word !== "");
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Words the page shows more often than the PDF has them, with how many are missing. */
function missingWords(page: string, pdf: string): string[] {
  const printed = wordCounts(pdf);
  return [...wordCounts(page)].filter(([word, count]) => (printed.get(word) ?? 0) < count).map(([word, count]) => `${word} (${count - (printed.get(word) ?? 0)})`);
}

// What runs in the browser, typed by hand: the project's tsconfig has no DOM library.
interface BrowserElement {
  innerText: string;
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  parentElement: BrowserElement | null;
  closest(selector: string): BrowserElement | null;
  getBoundingClientRect(): { right: number };
}
declare const document: {
  body: BrowserElement;
  documentElement: BrowserElement;
  querySelectorAll(selector: string): Iterable<BrowserElement>;
  createTreeWalker(root: BrowserElement, whatToShow: number): { nextNode(): unknown; currentNode: BrowserElement };
};

interface PageFacts {
  text: string;
  headers: string[];
  notes: string[];
  zones: string[];
  headings: string[];
}

async function factsOf(page: Page): Promise<PageFacts> {
  await page.emulateMedia({ media: "print" });
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
    const nodes: string[] = [];
    // Text node by text node: innerText runs adjacent inline blocks (pills) into one word.
    while (walker.nextNode()) if (walker.currentNode.parentElement?.closest("style, script, title, desc") == null) nodes.push(walker.currentNode.textContent ?? "");
    const texts = (selector: string) => [...document.querySelectorAll(selector)].map((el) => el.innerText.trim()).filter((t) => t !== "");
    return {
      text: nodes.join(" "),
      headers: texts("th"),
      notes: texts("table.calendar td:last-child").filter((note) => note !== "–"),
      zones: texts("table.calendar td:nth-child(3)"),
      headings: texts("h1, h2, h3"),
    };
  });
}

describe.skipIf(missing.length > 0 && !inCi)("printing and showing the HTML documents in Chromium", () => {
  let browser: Browser | undefined;
  let documents: PrintedDocument[];

  beforeAll(async () => {
    if (missing.length > 0) throw new Error(`CI must run the print test: ${missing.join(" and ")} not found (.ci/install-system-deps installs them)`);
    outDir = mkdtempSync(path.join(tmpdir(), "community-plan-print-"));
    documents = writeDocuments();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (outDir !== "") rmSync(outDir, { recursive: true, force: true });
  });

  it("prints every document on A4 and Letter with every column header, every calendar note, page numbers and the plan's name", async () => {
    const page = await browser!.newPage();
    let printed = 0;
    for (const doc of documents) {
      await page.goto(pathToFileURL(doc.file).href);
      const facts = await factsOf(page);
      if (doc.label.startsWith("dst/")) expect(facts.notes.join("; ")).toContain("does not exist that day (DST)");
      for (const paper of PAPERS) {
        const where = `${doc.label} on ${paper}`;
        const pages = pdfPages(await page.pdf({ format: paper }), `${path.basename(doc.file)}-${paper}`);
        printed++;
        // Every word of the page, column headers and calendar notes among them, is in the PDF.
        const pdfText = pages.join("\n");
        expect(missingWords(facts.text, pdfText), `${where}: words missing from the PDF`).toEqual([]);
        const printedWords = wordCounts(pdfText);
        for (const header of facts.headers) {
          for (const word of wordCounts(header).keys()) expect(printedWords.has(word), `${where}: header "${header}"`).toBe(true);
        }
        // A zone name breaks at its slash or not at all: "Europe/Amsterd am" would not match.
        const flat = pages.join("\n").replace(/\s+/g, " ");
        for (const zone of new Set(facts.zones)) {
          const whole = new RegExp(zone.split("/").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("/ ?"), "g");
          expect(flat.match(whole)?.length ?? 0, `${where}: ${zone} unbroken`).toBeGreaterThanOrEqual(facts.zones.filter((z) => z === zone).length);
        }
        pages.forEach((text, index) => {
          const lines = text.split("\n").map((line) => line.trim()).filter((line) => line !== "");
          expect(lines, `${where}, page ${index + 1}: page number in the margin`).toContain(`${index + 1} / ${pages.length}`);
          expect(lines, `${where}, page ${index + 1}: plan name in the margin`).toContain(doc.community);
          // No heading is left alone at the foot of a page (the margin boxes aside).
          const body = lines.filter((line) => line !== `${index + 1} / ${pages.length}` && line !== doc.community);
          if (index < pages.length - 1) expect(facts.headings, `${where}, page ${index + 1} ends with a heading`).not.toContain(body.at(-1));
        });
      }
    }
    expect(printed).toBeGreaterThanOrEqual(30);
    await page.close();
  }, 180_000);

  it("shows every document at 1280 px without horizontal scrolling or a table wider than its box", async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    for (const doc of documents) {
      await page.goto(pathToFileURL(doc.file).href);
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        boxes: [...document.querySelectorAll("table, .table-scroll")].map((el) => el.scrollWidth - el.clientWidth).filter((extra) => extra > 0),
        cutHeaders: [...document.querySelectorAll("th")].filter((th) => th.getBoundingClientRect().right > document.documentElement.clientWidth).map((th) => th.textContent),
      }));
      expect(overflow, doc.label).toEqual({ page: 0, boxes: [], cutHeaders: [] });
    }
    await page.close();
  }, 60_000);

  it("keeps a phone-width calendar inside the page: the table scrolls in its own box", async () => {
    const page = await browser!.newPage({ viewport: { width: 390, height: 800 } });
    for (const doc of documents.filter((d) => d.label.endsWith("calendar.html"))) {
      await page.goto(pathToFileURL(doc.file).href);
      const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(extra, doc.label).toBe(0);
    }
    await page.close();
  }, 60_000);
});
