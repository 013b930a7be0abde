/**
 * A server action is bound once, never in render (issue 19, item 14). `useActionState(action.bind(null, slug))`
 * inside a component makes a new bound action on every render, and React's server render of a form posted
 * without JavaScript then checks the new action's signature, suspends, renders again with yet another one, and
 * never finishes: the request hangs and a core stays busy. Pass the id as a hidden field instead (or bind in a
 * server component, which renders once per request, and hand the bound action down as a prop).
 *
 * This reads every component under app/ with TypeScript's parser and refuses:
 * - `useActionState(…)` whose first argument contains a `.bind(` call, anywhere;
 * - any `.bind(` call inside a function of a client component file ("use client"), where it runs on each render.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const APP = path.resolve(import.meta.dirname);

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return componentFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function isBindCall(node: ts.Node): boolean {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === "bind"
  );
}

function containsBind(node: ts.Node): boolean {
  if (isBindCall(node)) return true;
  return ts.forEachChild(node, (child) => (containsBind(child) ? true : undefined)) ?? false;
}

/** Where `source` binds inside render: `line: text` for each finding. */
function bindsInRender(source: string, fileName = "component.tsx"): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const isClient = file.statements.some(
    (statement) =>
      ts.isExpressionStatement(statement) &&
      ts.isStringLiteral(statement.expression) &&
      statement.expression.text === "use client",
  );
  const findings: string[] = [];
  const report = (node: ts.Node, why: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    findings.push(`${line + 1}: ${why}: ${node.getText(file).slice(0, 80)}`);
  };
  const visit = (node: ts.Node, insideFunction: boolean) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "useActionState" &&
      node.arguments[0] &&
      containsBind(node.arguments[0])
    ) {
      return report(node, "useActionState of an action bound in render");
    }
    if (isClient && insideFunction && isBindCall(node)) {
      report(node, "bound in a client component's render");
    }
    const inFunction = insideFunction || ts.isFunctionLike(node);
    ts.forEachChild(node, (child) => visit(child, inFunction));
  };
  visit(file, false);
  return findings;
}

describe("server actions are never bound in render", () => {
  it("finds the pattern that hung no-JavaScript posts (the group profile and members forms as they were)", () => {
    const old = `"use client";
import { useActionState } from "react";
export function GroupProfileForm({ group }) {
  const [state, action] = useActionState(updateGroupProfileAction.bind(null, group.slug), idleState);
  return <form action={action} />;
}`;
    expect(bindsInRender(old)).toHaveLength(1);
    const inClient = `"use client";
export function Remove({ slug }) {
  const bound = removeGroupMemberAction.bind(null, slug);
  const [state, action] = useActionState(bound, idleState);
  return <form action={action} />;
}`;
    expect(bindsInRender(inClient)).toHaveLength(1);
  });

  it("allows an action bound in a server component (rendered once per request) or outside any component", () => {
    expect(
      bindsInRender(
        `export async function Page({ org }) { return <form action={createCampaignAction.bind(null, org)} />; }`,
      ),
    ).toEqual([]);
    expect(
      bindsInRender(`"use client";
const save = saveAction.bind(null, "fixed");
export function Form() { const [s, a] = useActionState(save, idleState); return <form action={a} />; }`),
    ).toEqual([]);
  });

  it("holds for every component in app/", () => {
    const findings = componentFiles(APP).flatMap((file) =>
      bindsInRender(readFileSync(file, "utf8"), file).map(
        (finding) => `${path.relative(APP, file)}:${finding}`,
      ),
    );
    expect(findings).toEqual([]);
  });
});
