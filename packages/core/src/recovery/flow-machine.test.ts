import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FLOW_TRANSITIONS,
  FlowEvent,
  FlowState,
  nextFlowState,
  OPEN_FLOW_STATES,
  TERMINAL_FLOW_STATES,
} from './flow-machine.js';

const diagram = readFileSync(new URL('./flow-machine.mermaid', import.meta.url), 'utf8');

function diagramEdges() {
  const edges = [];
  for (const line of diagram.split('\n')) {
    const match = /^\s*(\w+) --> (\w+): (\w+)\s*$/.exec(line);
    if (match !== null) edges.push({ from: match[1], to: match[2], event: match[3] });
  }
  return edges;
}

describe('the flow state machine', () => {
  it('has a diagram equal to its transition table', () => {
    const key = (t: { from?: string; event?: string; to?: string }) =>
      `${t.from} -${t.event}-> ${t.to}`;
    expect(diagramEdges().map(key).sort()).toEqual(FLOW_TRANSITIONS.map(key).sort());
  });

  it('shows every terminal state ending in the diagram', () => {
    for (const state of TERMINAL_FLOW_STATES) expect(diagram).toContain(`${state} --> [*]`);
  });

  it('lets no event leave a terminal state', () => {
    for (const state of TERMINAL_FLOW_STATES) {
      for (const event of Object.values(FlowEvent)) {
        expect(() => nextFlowState(state, event)).toThrowError(
          expect.objectContaining({ code: 'invalid_state' }),
        );
      }
    }
  });

  it('expires every open state into abandoned', () => {
    for (const state of OPEN_FLOW_STATES) expect(nextFlowState(state, 'expire')).toBe('abandoned');
  });

  it('reaches verified only through a passed gate (or back from writing_back), and completed only through writeback', () => {
    const into = (state: FlowState) => FLOW_TRANSITIONS.filter((t) => t.to === state);
    expect(
      into('verified')
        .map((t) => t.event)
        .sort(),
    ).toEqual(['all_gates_passed', 'password_refused', 'writeback_failed']);
    expect(into('completed')).toEqual([
      { from: 'writing_back', event: 'complete', to: 'completed' },
    ]);
  });

  it('covers every state and event', () => {
    const states = new Set(FLOW_TRANSITIONS.flatMap((t) => [t.from, t.to]));
    expect([...states].sort()).toEqual(Object.values(FlowState).sort());
    const events = new Set(FLOW_TRANSITIONS.map((t) => t.event));
    expect([...events].sort()).toEqual(Object.values(FlowEvent).sort());
  });
});
