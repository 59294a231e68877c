/* Property tests run with a fixed seed so CI is repeatable; set FC_SEED to explore other inputs. */
import fc from "fast-check";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20260511) });
