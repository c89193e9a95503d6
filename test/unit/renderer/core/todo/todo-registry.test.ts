import { describe, expect, it } from 'vitest';
import { loadTodoSources, setTodoSourceLoader, type TodoSource } from '../../../../../renderer/src/core/todo/todo-registry';

describe('loadTodoSources', () => {
  it('loads the sources once, however many lists ask, and only when first asked', async () => {
    const source: TodoSource = () => [];
    let loads = 0;
    setTodoSourceLoader(async () => {
      loads += 1;
      return [source];
    });
    expect(loads).toBe(0);
    await Promise.all([loadTodoSources(), loadTodoSources()]);
    await loadTodoSources();
    expect(loads).toBe(1);
  });
});
