export * from "./auth";
export * from "./campaigns";
export * from "./mailbox";
export * from "./organizations";
