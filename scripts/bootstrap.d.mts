// Types of scripts/bootstrap.mjs for the TypeScript tests that import it.
export function staleReason(dir?: string): string | null;
export function ensureDependencies(command: string): void;
