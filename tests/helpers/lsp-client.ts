// A minimal Language Server Protocol client over stdio (JSON-RPC with Content-Length headers),
// enough to open a document and read the diagnostics a real language server publishes.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
}

export class LspClient {
  private readonly server: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (message: Message) => void>();
  private readonly listeners: Array<(message: Message) => void> = [];
  stderr = "";

  constructor(command: string, args: string[], cwd: string) {
    this.server = spawn(command, args, { cwd, stdio: ["pipe", "pipe", "pipe"] });
    this.server.stdout.on("data", (chunk: Buffer) => { this.receive(chunk); });
    this.server.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ id, method, params });
    return new Promise((resolve, reject) => {
      this.pending.set(id, (message) => {
        if (message.error) reject(new Error(message.error.message));
        else resolve(message.result);
      });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The next diagnostics the server publishes for `uri` that satisfy `accept`. */
  diagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; server said: ${this.stderr}`)); }, timeoutMs);
      const listener = (message: Message) => {
        if (message.method !== "textDocument/publishDiagnostics") return;
        const params = message.params as { uri: string; diagnostics: Diagnostic[] };
        if (params.uri !== uri || !accept(params.diagnostics)) return;
        clearTimeout(timer);
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        resolve(params.diagnostics);
      };
      this.listeners.push(listener);
    });
  }

  async close(): Promise<void> {
    await this.request("shutdown", null).catch(() => undefined);
    this.notify("exit", null);
    this.server.kill();
  }

  private send(message: Message): void {
    const body = JSON.stringify({ jsonrpc: "2.0", ...message });
    this.server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined && message.method) {
      // A request from the server (configuration, capability registration): answer it plainly.
      const result = message.method === "workspace/configuration" ? (message.params as { items: unknown[] }).items.map(() => null) : null;
      this.send({ id: message.id, result });
      return;
    }
    if (message.id !== undefined) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
      return;
    }
    for (const listener of [...this.listeners]) listener(message);
  }
}
