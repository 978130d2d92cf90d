import { analyze } from "../core";
process.stdout.write(JSON.stringify(analyze("")) + "\n");
