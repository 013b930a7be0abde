export * from "./auth";
export * from "./campaigns";
export * from "./email-events";
export * from "./letters";
export * from "./mailbox";
export * from "./officials";
export * from "./organizations";
export * from "./pledges";
