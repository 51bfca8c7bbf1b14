/** Text of a cell without layout line breaks and first-line indent (the tests search plans by it). */
export function unwrapText(value: string): string {
  return value.replace(/\n/g, "").replace(/^\u00A0+/, "");
}
