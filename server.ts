/** `npm start`: see lib/server/launcher.ts. */
import { launch } from "@/lib/server/launcher";

await launch();
