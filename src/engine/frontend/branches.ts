// Checks of labels and branch statements in a function body, following go1.27
// cmd/compile/internal/syntax/branches.go (gc runs them in the parser, mode
// CheckBranches, and types2 ignores branch errors). Reports: undefined and unused
// labels, duplicate labels, gotos jumping into blocks or over variable declarations,
// misplaced break/continue/fallthrough, invalid break/continue labels.

import type * as ast from './ast.ts';
import { exprListString } from './printer.ts';

type ErrorHandler = (offset: number, msg: string) => void;
/** Formats a byte offset as gc prints positions inside messages (`./prog.go:5:4`). */
type PosString = (offset: number) => string;

interface Label {
  parent: Block; // block containing this label declaration
  lstmt: ast.LabeledStmt; // statement declaring the label
  used: boolean; // whether the label is used or not
}

interface Block {
  parent: Block | null; // immediately enclosing block, or null
  start: number; // start of block
  lstmt: ast.LabeledStmt | null; // labeled statement associated with this block, or null
}

type BreakTarget = ast.ForStmt | ast.RangeStmt | ast.SwitchStmt | ast.TypeSwitchStmt | ast.SelectStmt;

interface Targets {
  breaks: BreakTarget | null;
  continues: ast.ForStmt | ast.RangeStmt | null;
  caseIndex: number; // case index of immediately enclosing switch statement, or < 0
}

const invalid = { invalid: true }; // signals an invalid enclosing target

export function checkBranches(body: ast.BlockStmt, errh: ErrorHandler, posString: PosString): void {
  const ls = new LabelScope(errh, posString);
  const fwdGotos = ls.blockBranches(null, { breaks: null, continues: null, caseIndex: -1 }, null, body.pos, body.list);

  for (const fwd of fwdGotos) {
    const label = fwd.label as ast.Ident;
    const name = label.name;
    const l = ls.labels.get(name);
    if (l !== undefined) {
      l.used = true; // avoid "defined and not used" error
      ls.errf(label.pos, `goto ${name} jumps into block starting at ${posString(l.parent.start)}`);
    } else {
      ls.errf(label.pos, `label ${name} not defined`);
    }
  }

  for (const l of ls.labels.values()) {
    if (!l.used) ls.errf(l.lstmt.label.pos, `label ${l.lstmt.label.name} defined and not used`);
  }
}

class LabelScope {
  readonly labels = new Map<string, Label>(); // all label declarations inside the function
  readonly errf: ErrorHandler;
  private readonly posString: PosString;

  constructor(errh: ErrorHandler, posString: PosString) {
    this.errf = errh;
    this.posString = posString;
  }

  private declareLabel(b: Block, s: ast.LabeledStmt): Label {
    const name = s.label.name;
    const alt = this.labels.get(name);
    if (alt !== undefined) {
      this.errf(s.label.pos, `label ${name} already defined at ${this.posString(alt.lstmt.label.pos)}`);
      return alt;
    }
    const l: Label = { parent: b, lstmt: s, used: false };
    this.labels.set(name, l);
    return l;
  }

  private gotoTarget(b: Block | null, name: string): ast.LabeledStmt | null {
    const l = this.labels.get(name);
    if (l !== undefined) {
      l.used = true; // even if it's not a valid target
      for (; b !== null; b = b.parent) {
        if (l.parent === b) return l.lstmt;
      }
    }
    return null;
  }

  private enclosingTarget(b: Block | null, name: string): ast.LabeledStmt | typeof invalid | null {
    const l = this.labels.get(name);
    if (l !== undefined) {
      l.used = true; // even if it's not a valid target (see e.g., test/fixedbugs/bug136.go)
      for (; b !== null; b = b.parent) {
        if (l.lstmt === b.lstmt) return l.lstmt;
      }
      return invalid;
    }
    return null;
  }

  blockBranches(parent: Block | null, ctxt: Targets, lstmt: ast.LabeledStmt | null, start: number, body: ast.Stmt[]): ast.BranchStmt[] {
    const b: Block = { parent, start, lstmt };

    let varPos = -1;
    let varName: ast.Expr[] = [];
    let fwdGotos: ast.BranchStmt[] = [];
    let badGotos: ast.BranchStmt[] = [];

    const recordVarDecl = (pos: number, name: ast.Expr[]): void => {
      varPos = pos;
      varName = name;
      badGotos = fwdGotos.slice();
    };

    const jumpsOverVarDecl = (fwd: ast.BranchStmt): boolean => varPos >= 0 && badGotos.includes(fwd);

    const innerBlock = (ctxt: Targets, lstmt: ast.LabeledStmt | null, start: number, body: ast.Stmt[]): void => {
      fwdGotos.push(...this.blockBranches(b, ctxt, lstmt, start, body));
    };

    const stmtList = trimTrailingEmptyStmts(body);
    for (let stmtIndex = 0; stmtIndex < stmtList.length; stmtIndex++) {
      let stmt = stmtList[stmtIndex];
      lstmt = null;
      // unwrap labels (gc's `goto L` back into the switch)
      while (stmt.kind === 'LabeledStmt') {
        const s = stmt;
        const name = s.label.name;
        if (name !== '_') {
          const l = this.declareLabel(b, s);
          const rest: ast.BranchStmt[] = [];
          for (const fwd of fwdGotos) {
            if ((fwd.label as ast.Ident).name === name) {
              l.used = true;
              if (jumpsOverVarDecl(fwd)) {
                this.errf(
                  (fwd.label as ast.Ident).pos,
                  `goto ${name} jumps over declaration of ${exprListString(varName)} at ${this.posString(varPos)}`,
                );
              }
            } else {
              rest.push(fwd);
            }
          }
          fwdGotos = rest;
          lstmt = s;
        }
        stmt = s.stmt;
      }

      const s = stmt;
      switch (s.kind) {
        case 'DeclStmt':
          if (s.decl.tok === 'var' && s.decl.specs.length > 0) {
            const v = s.decl.specs[0] as ast.ValueSpec;
            recordVarDecl(v.pos, v.names.slice(0, 1));
          }
          break;

        case 'BranchStmt': {
          if (s.label === null) {
            switch (s.tok) {
              case 'break':
                if (ctxt.breaks === null) this.errf(s.pos, 'break is not in a loop, switch, or select');
                break;
              case 'continue':
                if (ctxt.continues === null) this.errf(s.pos, 'continue is not in a loop');
                break;
              case 'fallthrough': {
                let msg: string | null = 'fallthrough statement out of place';
                const t = ctxt.breaks;
                if (t !== null && t.kind === 'TypeSwitchStmt') {
                  msg = 'cannot fallthrough in type switch';
                } else if (t !== null && t.kind === 'SwitchStmt') {
                  if (ctxt.caseIndex < 0 || stmtIndex + 1 < stmtList.length) {
                    // fallthrough not last in its case: out of place
                  } else if (ctxt.caseIndex + 1 === t.body.list.length) {
                    msg = 'cannot fallthrough final case in switch';
                  } else {
                    msg = null; // fallthrough ok
                  }
                }
                if (msg !== null) this.errf(s.pos, msg);
                break;
              }
              case 'goto':
                break; // always has a label (the parser reports a missing one)
            }
            break;
          }

          const label = s.label;
          const name = label.name;
          switch (s.tok) {
            case 'break': {
              const t = this.enclosingTarget(b, name);
              if (t !== null) {
                const k = t === invalid ? '' : (t as ast.LabeledStmt).stmt.kind;
                if (k !== 'SwitchStmt' && k !== 'TypeSwitchStmt' && k !== 'SelectStmt' && k !== 'ForStmt' && k !== 'RangeStmt') {
                  this.errf(label.pos, `invalid break label ${name}`);
                }
              } else {
                this.errf(label.pos, `break label not defined: ${name}`);
              }
              break;
            }
            case 'continue': {
              const t = this.enclosingTarget(b, name);
              if (t !== null) {
                const k = t === invalid ? '' : (t as ast.LabeledStmt).stmt.kind;
                if (k !== 'ForStmt' && k !== 'RangeStmt') this.errf(label.pos, `invalid continue label ${name}`);
              } else {
                this.errf(label.pos, `continue label not defined: ${name}`);
              }
              break;
            }
            case 'goto':
              if (this.gotoTarget(b, name) === null) fwdGotos.push(s);
              break;
            case 'fallthrough':
              break; // never has a label
          }
          break;
        }

        case 'AssignStmt':
          if (s.tok === ':=') recordVarDecl(s.tokPos, s.lhs);
          break;

        case 'BlockStmt':
          innerBlock({ breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1 }, lstmt, s.pos, s.list);
          break;

        case 'IfStmt': {
          const inner = { breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1 };
          innerBlock(inner, lstmt, s.body.pos, s.body.list);
          if (s.else !== null) innerBlock(inner, lstmt, s.else.pos, [s.else]);
          break;
        }

        case 'ForStmt':
        case 'RangeStmt':
          innerBlock({ breaks: s, continues: s, caseIndex: -1 }, lstmt, s.body.pos, s.body.list);
          break;

        case 'SwitchStmt':
        case 'TypeSwitchStmt':
        case 'SelectStmt': {
          const clauses = s.body.list;
          for (let i = 0; i < clauses.length; i++) {
            const cc = clauses[i] as ast.CaseClause | ast.CommClause;
            const inner = { breaks: s, continues: ctxt.continues, caseIndex: s.kind === 'SelectStmt' ? -1 : i };
            innerBlock(inner, lstmt, cc.pos, cc.body);
          }
          break;
        }

        default:
          break;
      }
    }
    return fwdGotos;
  }
}

function trimTrailingEmptyStmts(list: ast.Stmt[]): ast.Stmt[] {
  for (let i = list.length; i > 0; i--) {
    if (list[i - 1].kind !== 'EmptyStmt') return list.slice(0, i);
  }
  return [];
}
