/**
 * Every button's look, declared once (as shadcn/ui's buttonVariants): `<Button>` for a <button>,
 * `buttonClass()` for a <Link>, an <a download> or a <label> that acts as one.
 */
const variants = {
  /** the one main action of a panel */
  primary: "border border-accent bg-accent font-semibold text-surface hover:opacity-90",
  secondary: "border border-line bg-surface text-ink hover:border-accent aria-pressed:border-accent aria-pressed:bg-accent-soft",
  /** small controls beside content (a chart's PNG/SVG, the header's theme switch) */
  subtle: "border border-line text-muted hover:border-accent hover:text-ink aria-pressed:border-accent aria-pressed:text-ink",
  /** removes something; looks like text so it is not pressed by mistake */
  danger: "text-gap underline-offset-4 hover:underline",
  link: "underline underline-offset-4 hover:text-accent",
} as const;

const sizes = {
  sm: "inline-flex items-center justify-center gap-1 rounded px-2 py-0.5 text-xs",
  md: "inline-flex items-center justify-center gap-1.5 rounded px-3 py-1.5 text-sm",
  lg: "inline-flex items-center justify-center gap-1.5 rounded px-4 py-2 text-sm",
  /** no box: a text button inside a sentence or a list */
  inline: "",
} as const;

export type ButtonStyle = { variant?: keyof typeof variants; size?: keyof typeof sizes; className?: string };

/** className is for placement (margins), not for restyling: a new look is a new variant here. */
export function buttonClass({ variant = "secondary", size = "md", className = "" }: ButtonStyle = {}): string {
  return `${sizes[size]} ${variants[variant]} disabled:cursor-not-allowed disabled:opacity-50 ${className}`.trim();
}

export function Button({ variant, size, className, type = "button", ...props }: React.ComponentProps<"button"> & ButtonStyle) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...props} />;
}
