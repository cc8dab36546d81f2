/**
 * Fluent components the pane shows only after something happened (a message, a long-running
 * step, the severity filters of a check's findings), re-exported here so App can load them as a chunk of their own (later.tsx): they are
 * not part of the first paint's script (issue 15, ≤ 100 KB gzip).
 */
export { MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Spinner, ToggleButton } from "@fluentui/react-components";
