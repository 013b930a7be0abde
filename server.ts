/** `npm start`: see edge/launcher.ts. */
import { launch } from "@/edge/launcher";

await launch();
