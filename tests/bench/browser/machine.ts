// Says which machine and browser a bench ran on, so figures are never read without their context.
// Describes only; it changes nothing.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import type { BrowserContext } from 'playwright-core';

export interface Machine {
  cpu: string;
  cores: number;
  os: string;
  memoryGB: number;
  node: string;
  /** 1-minute load average when the bench started: a busy shared machine inflates every figure. */
  load: number;
  browser: string;
  userAgent: string;
}

/** The distribution's name where /etc/os-release tells it, else the kernel's. */
function osName(): string {
  const kernel = `${type()} ${release()}`;
  if (!existsSync('/etc/os-release')) return kernel;
  const pretty = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)"?$/m)?.[1];
  return pretty ? `${pretty} (${kernel})` : kernel;
}

/** The machine, and the browser the context runs (asked over CDP). */
export async function describeMachine(context: BrowserContext): Promise<Machine> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const version = (await cdp.send('Browser.getVersion')) as { product: string; userAgent: string };
  await cdp.detach();
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    os: osName(),
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    load: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    browser: version.product,
    userAgent: version.userAgent,
  };
}

export function describeLine(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}, load ${m.load}; ${m.browser} (headless)`;
}
