// Imported first by both content-script builds, so `cable-reader:start` is set before any other module of the
// script is evaluated (the marks' contract: the script's first line). A mark and nothing else.
import { markStart } from './marks';

markStart();
