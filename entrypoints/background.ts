import { defineBackground } from 'wxt/utils/define-background';
import { registerBadge } from '../utils/background/badge';
import { registerCommands } from '../utils/background/commands';
import { registerStorage } from '../utils/background/storage';

export default defineBackground(() => {
  // Message routing, badge and database ownership are wired in utils/background.
  const badge = registerBadge();
  registerCommands(badge.totals);
  registerStorage();
});
