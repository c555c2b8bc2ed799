// Keeps the content script's start between it and its own older copies: WXT's context announces every start with a
// document event (which its older copies listen for) and also with a window message to every origin, which the
// page's scripts receive and which no code of WXT 0.21 or ours listens for. Only the document event is kept.
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What WXT keeps private and its own listener (`listenForNewerScripts`) reads. */
interface Announcing {
  contentScriptName: string;
  id: string;
}
const { SCRIPT_STARTED_MESSAGE_TYPE } = ContentScriptContext as unknown as {
  SCRIPT_STARTED_MESSAGE_TYPE: string;
};

/**
 * The announcement without the broadcast. Besides telling every page which extension runs there, the window message
 * cost 15-60 ms in a fresh tab with DevTools attached, inside the clean view's first paint.
 */
ContentScriptContext.prototype.stopOldScripts = function stopOldScripts(this: ContentScriptContext): void {
  const { contentScriptName, id } = this as unknown as Announcing;
  document.dispatchEvent(
    new CustomEvent(SCRIPT_STARTED_MESSAGE_TYPE, { detail: { contentScriptName, messageId: id } }),
  );
};
