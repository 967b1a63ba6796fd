/** The officer's working list of children: extracted ones, corrected, removed or added by hand. */
import { useCallback, useReducer } from "react";
import type { ChildDraft } from "../../lib/children/childDraft";

type Action =
  | { type: "reset"; children: ChildDraft[] }
  | { type: "replace"; child: ChildDraft }
  | { type: "remove"; key: string }
  | { type: "add"; child: ChildDraft };

function reducer(state: ChildDraft[], action: Action): ChildDraft[] {
  switch (action.type) {
    case "reset":
      return action.children;
    case "replace":
      return state.map((c) => (c.key === action.child.key ? action.child : c));
    case "remove":
      return state.filter((c) => c.key !== action.key);
    case "add":
      return [...state, action.child];
  }
}

export function useChildDrafts() {
  const [children, dispatch] = useReducer(reducer, []);
  return {
    children,
    reset: useCallback((next: ChildDraft[]) => dispatch({ type: "reset", children: next }), []),
    replace: useCallback((child: ChildDraft) => dispatch({ type: "replace", child }), []),
    remove: useCallback((key: string) => dispatch({ type: "remove", key }), []),
    add: useCallback((child: ChildDraft) => dispatch({ type: "add", child }), []),
  };
}
