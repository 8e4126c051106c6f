export * from "../../mod.ts";
export * from "../../datasets/mod.ts";
