/** A link that selects a message's cell in the workbook ("ไปที่ช่อง …"), as problems and warnings show it. */
import * as React from "react";
import { Link } from "@fluentui/react-components";
import { strings, type Lang } from "../i18n";

export interface CellLinkProps {
  cell: string;
  lang: Lang;
  onSelectCell: (cell: string) => void;
  /** The link's text; the cell's address when absent. */
  children?: React.ReactNode;
}

export function CellLink({ cell, lang, onSelectCell, children }: CellLinkProps): React.JSX.Element {
  return (
    <Link
      as="button"
      onClick={() => onSelectCell(cell)}
      aria-label={strings(lang).goToCell(cell)}
      data-cell={cell}
    >
      {children ?? cell}
    </Link>
  );
}
