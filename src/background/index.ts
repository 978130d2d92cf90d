import { ext } from "../shared/browser";
ext.runtime.onInstalled.addListener(() => undefined);
