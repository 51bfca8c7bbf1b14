/**
 * A Fluent MessageBar whose accessible name is its own text: labelled by its title when it has one, else by
 * its body. (MessageBar labels itself with an id that only a MessageBarTitle without an id of its own
 * carries: a bar without a title, or a title given an id, left aria-labelledby pointing at nothing.)
 */
import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarProps,
} from "@fluentui/react-components";
import { useStyles } from "./styles";

export interface MessageBoxProps extends Omit<MessageBarProps, "title" | "children"> {
  /** Bold first words; names the bar when given. */
  title?: React.ReactNode;
  /** An id for the title (a section's aria-labelledby may point at it). */
  titleId?: string;
  children?: React.ReactNode;
}

export const MessageBox = React.forwardRef<HTMLDivElement, MessageBoxProps>(function MessageBox(
  { title, titleId, children, ...bar },
  ref
) {
  const styles = useStyles();
  const auto = React.useId();
  const headId = titleId ?? `${auto}title`;
  const bodyId = `${auto}body`;
  return (
    <MessageBar ref={ref} {...bar} aria-labelledby={title ? headId : bodyId}>
      <MessageBarBody id={bodyId} className={styles.msgBody}>
        {title && <MessageBarTitle id={headId}>{title}</MessageBarTitle>}
        {title && children ? " " : null}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
});
