/**
 * Around a part of the pane that React.lazy loads (the replace question, a late summary view): when its
 * code cannot be loaded, typically an old pane after an update, say so in words ("the add-in was updated:
 * close and reopen the pane") instead of leaving the pane blank. Any other error is shown as it is.
 */
import * as React from "react";
import { strings, type Lang } from "../i18n";
import { isChunkLoadError } from "../logic";
import { MessageBox } from "./MessageBox";

export interface ChunkBoundaryProps {
  lang: Lang;
  children: React.ReactNode;
}

interface ChunkBoundaryState {
  error: unknown;
}

export class ChunkBoundary extends React.Component<ChunkBoundaryProps, ChunkBoundaryState> {
  override state: ChunkBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ChunkBoundaryState {
    return { error };
  }

  override render(): React.ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const s = strings(this.props.lang);
    const text = isChunkLoadError(error)
      ? s.addinUpdated
      : s.unexpectedError(error instanceof Error ? error.message : String(error));
    return (
      <MessageBox intent="error" role="alert" data-testid="chunk-failed">
        {text}
      </MessageBox>
    );
  }
}
