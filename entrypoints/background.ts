import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Message routing, badge and database ownership are wired in utils/background.
});
