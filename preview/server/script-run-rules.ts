// What google.script.run lets cross between the sidebar and the server, shared by the preview and the tests' fake server.
//
// Google's rules (https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values):
// "Legal parameters and return values are JavaScript primitives like a Number, Boolean, String, or null, as well as
// JavaScript objects and arrays that are composed of primitives, objects and arrays. [...] If you attempt to pass a Date,
// Function, DOM element besides a form, or other prohibited type, including prohibited types inside objects or arrays,
// requests fail. Objects that create circular references will also fail, and undefined fields within arrays become null."

/**
 * The copy of `value` that google.script.run delivers: undefined in an array becomes null, an undefined property is
 * dropped. Throws an Error saying what and where when the value holds a Date, a function, NaN or Infinity, an instance
 * of a class (a non-plain object: Map, DOM element…), a symbol or bigint, or an object containing itself.
 * `what` names the value in that message ("argument 1 of moveProspects", "the reply of getSelection").
 *
 * Self-contained on purpose (no imports, no names from outside its body): the preview's sidebar shim and the tests'
 * fake server run its source text in the page, so both sides of the call obey the same rules.
 */
export function scriptRunCopy(value: unknown, what: string): unknown {
  const ancestors: object[] = [];
  const refuse = (path: string, kind: string): never => {
    throw new Error(
      `google.script.run cannot send ${kind} (${what}${path}): only numbers, strings, booleans, null, and plain objects and arrays of them cross between the sidebar and the server.`,
    );
  };
  const copy = (item: unknown, path: string): unknown => {
    if (item === null || item === undefined || typeof item === 'string' || typeof item === 'boolean') return item;
    if (typeof item === 'number') return Number.isFinite(item) ? item : refuse(path, String(item));
    if (typeof item === 'function') return refuse(path, 'a function');
    if (typeof item !== 'object') return refuse(path, `a ${typeof item}`);
    if (Object.prototype.toString.call(item) === '[object Date]') return refuse(path, 'a Date');
    if (ancestors.includes(item)) return refuse(path, 'an object that contains itself');
    ancestors.push(item);
    let out: unknown;
    if (Array.isArray(item)) {
      const list: unknown[] = [];
      for (let i = 0; i < item.length; i++) {
        const copied = copy(item[i], `${path}[${i}]`);
        list.push(copied === undefined ? null : copied);
      }
      out = list;
    } else {
      // Plain means made by {} or Object.create(null), in any realm: its prototype has no prototype of its own.
      const proto = Object.getPrototypeOf(item) as { constructor?: { name?: string } } | null;
      if (proto !== null && Object.getPrototypeOf(proto) !== null) refuse(path, `a ${proto.constructor?.name || 'non-plain object'}`);
      const record: Record<string, unknown> = {};
      for (const key of Object.keys(item)) {
        const copied = copy((item as Record<string, unknown>)[key], `${path}.${key}`);
        if (copied !== undefined) record[key] = copied;
      }
      out = record;
    }
    ancestors.pop();
    return out;
  };
  return copy(value, '');
}

/** The arguments of a call as the server receives them (an undefined argument arrives as null, like an array item). */
export function scriptRunArguments(functionName: string, args: readonly unknown[]): unknown[] {
  return args.map((arg, index) => {
    const copied = scriptRunCopy(arg, `argument ${index + 1} of ${functionName}`);
    return copied === undefined ? null : copied;
  });
}

/** A server function's return value as the success handler receives it. */
export function scriptRunReply(functionName: string, value: unknown): unknown {
  return scriptRunCopy(value, `the reply of ${functionName}`);
}
