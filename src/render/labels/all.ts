// Every catalogue, imported statically: the library API renders in any language without an
// await first (the CLI loads only the languages a run writes, with loadLabels).
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { ja } from "./ja.js";
import { nb } from "./nb.js";
import { nl } from "./nl.js";
import { sv } from "./sv.js";
import { addLabels } from "./index.js";

addLabels({ de, en, es, fr, ja, nb, nl, sv });
