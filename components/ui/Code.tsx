/** A file name, a field or a command inside a sentence of instructions. */
export function Code({ children }: { children: React.ReactNode }) {
  return <code className="rounded bg-bg px-1">{children}</code>;
}
