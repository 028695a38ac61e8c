// Drives a real pseudo-terminal through tmux: its own server socket (so no user config or
// running server interferes), a unique session name, polling capture-pane for expected text
// with a timeout, and always killing the server afterwards.
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";

export function hasTmux(): boolean {
  return spawnSync("tmux", ["-V"]).status === 0;
}

export class TmuxSession {
  readonly socket = `cp-test-${process.pid}-${randomBytes(4).toString("hex")}`;
  readonly name = `init-${randomBytes(3).toString("hex")}`;
  /** How many prompts have been answered (lines starting with ✔). */
  answered = 0;

  constructor(cwd: string, command: string) {
    // The shell prints the exit code and stays, so the test can read both the screen and the code.
    this.tmux("-f", "/dev/null", "new-session", "-d", "-s", this.name, "-x", "200", "-y", "50", "-c", cwd, `${command}; echo "__EXIT=$?"; sleep 120`);
  }

  private tmux(...args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, ...args], { encoding: "utf8" });
  }

  /** The whole scrollback with wrapped lines joined. */
  screen(): string {
    return this.tmux("capture-pane", "-p", "-J", "-S", "-", "-t", this.name);
  }

  async waitFor(check: (screen: string) => boolean, what: string, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (check(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the screen shows:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  waitForText(text: string, timeoutMs?: number): Promise<string> {
    return this.waitFor((screen) => screen.includes(text), JSON.stringify(text), timeoutMs);
  }

  /** Text typed literally, character by character as a person would. */
  type(text: string): void {
    this.tmux("send-keys", "-t", this.name, "-l", text);
  }

  keys(...keys: string[]): void {
    this.tmux("send-keys", "-t", this.name, ...keys);
  }

  /**
   * Waits until `question` is the active prompt and every earlier one is answered, then types
   * `text` (if any) and presses Enter. Waiting on the count of answered prompts keeps two
   * prompts with the same wording apart.
   */
  async answer(question: string, text = "", extraKeys: string[] = []): Promise<void> {
    await this.waitFor((screen) => countAnswered(screen) === this.answered && activePrompt(screen)?.includes(question) === true, `the prompt "${question}"`);
    if (extraKeys.length > 0) this.keys(...extraKeys);
    if (text) this.type(text);
    this.keys("Enter");
    this.answered++;
  }

  /** Types a refused answer, waits for the message, then clears the line for the next try. */
  async refused(question: string, text: string, message: string): Promise<void> {
    await this.waitFor((screen) => countAnswered(screen) === this.answered && activePrompt(screen)?.includes(question) === true, `the prompt "${question}"`);
    this.type(text);
    this.keys("Enter");
    await this.waitForText(message);
    this.keys("C-u");
  }

  kill(): void {
    try {
      this.tmux("kill-server");
    } catch {
      // Already gone: the session ended on its own.
    }
  }
}

function countAnswered(screen: string): number {
  return screen.split("\n").filter((line) => line.startsWith("✔")).length;
}

function activePrompt(screen: string): string | undefined {
  return screen.split("\n").filter((line) => line.startsWith("? ")).at(-1);
}
