/**
 * Function file of the ribbon (manifest FunctionFile). The Handle with Care button opens the task
 * pane (ShowTaskpane), so no ExecuteFunction command is registered; the file must still load
 * Office.js and signal readiness for Outlook to accept the ribbon group.
 */
Office.onReady(() => {
  // Nothing to register: every action lives in the task pane.
});
