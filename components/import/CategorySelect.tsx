import { CATEGORY_VOCABULARY } from "@/lib/extract";

/** The category vocabulary as a select: a drafted measure can be filed under any of them. */
export function CategorySelect({ value, onChange, label }: { value: string; onChange: (id: string) => void; label: string }) {
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      className="rounded border border-line bg-bg px-2 py-1 text-sm"
    >
      {CATEGORY_VOCABULARY.map((c) => (
        <option key={c.id} value={c.id}>
          {c.label}
        </option>
      ))}
    </select>
  );
}
