/**
 * What an action says while and after it runs: the progress bar (after half a second), the error
 * in a Fluent MessageBar (a message code's text in the pane's language; an error the pane does
 * not know keeps its own text folded under 技术细节) and the status line. The bars are a chunk of
 * their own (lazyFluent.ts), not part of the first paint.
 */
import * as React from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Lang, Strings } from "../i18n";
import { later } from "../later";
import { messageText } from "../messages";
import type { PaneError, Phase } from "./usePaneActions";

const MessageBar = later(() => import(/* webpackChunkName: "bars" */ "../lazyFluent").then((m) => m.MessageBar));
const MessageBarBody = later(() => import(/* webpackChunkName: "bars" */ "../lazyFluent").then((m) => m.MessageBarBody));
const MessageBarTitle = later(() => import(/* webpackChunkName: "bars" */ "../lazyFluent").then((m) => m.MessageBarTitle));
const ProgressBar = later(() => import(/* webpackChunkName: "bars" */ "../lazyFluent").then((m) => m.ProgressBar));

const useStyles = makeStyles({
  progress: { marginTop: "10px" },
  bar: { marginTop: "10px" },
  barBody: { whiteSpace: "normal", overflowWrap: "anywhere" },
  detail: { marginTop: "4px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export function phaseLabel(t: Strings, phase: Phase | null): string {
  switch (phase) {
    case "load":
      return t.loading;
    case "read":
      return t.reading;
    case "analyze":
      return t.analyzing;
    case "write":
      return t.writing;
    case "undo":
      return t.undoing;
    case "mark":
      return t.marking;
    case "clear":
      return t.clearing;
    case "save":
      return t.saving;
    default:
      return t.checking;
  }
}

export interface PaneBarsProps {
  readonly lang: Lang;
  readonly t: Strings;
  readonly phase: Phase | null;
  /** the progress bar is due (the phase has lasted long enough) */
  readonly showProgress: boolean;
  readonly error: PaneError | null;
  readonly status: string | null;
}

export function PaneBars({ lang, t, phase, showProgress, error, status }: PaneBarsProps): React.ReactElement {
  const styles = useStyles();
  const phaseText = phaseLabel(t, phase);
  return (
    <>
      {showProgress ? (
        <div className={styles.progress} role="status">
          <Text size={200}>{phaseText}</Text>
          <ProgressBar aria-label={phaseText} />
        </div>
      ) : null}
      {error ? (
        <MessageBar intent="error" layout="multiline" className={styles.bar} role="alert" data-testid="error">
          <MessageBarBody className={styles.barBody}>
            <MessageBarTitle>{error.title}</MessageBarTitle>
            {messageText(lang, error.message)}
            {error.message.detail ? (
              <details className={styles.detail}>
                <summary>{t.details}</summary>
                <span lang="en">{error.message.detail}</span>
              </details>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {status ? (
        <MessageBar intent="success" layout="multiline" className={styles.bar}>
          <MessageBarBody className={styles.barBody}>
            <span data-testid="status">{status}</span>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
