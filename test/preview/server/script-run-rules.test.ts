// google.script.run's rules for what crosses between the sidebar and the server, as the preview and the tests' fake apply them.
// Google: https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values
// ("Legal parameters and return values are JavaScript primitives like a Number, Boolean, String, or null, as well as
// JavaScript objects and arrays that are composed of primitives, objects and arrays. [...] If you attempt to pass a
// Date, Function, DOM element besides a form, or other prohibited type, including prohibited types inside objects or
// arrays, requests fail. Objects that create circular references will also fail, and undefined fields within arrays
// become null.") and https://developers.google.com/apps-script/guides/html/reference/run.
import vm from 'node:vm';
import { scriptRunArguments, scriptRunCopy, scriptRunReply } from '../../../preview/server/script-run-rules';

describe('google.script.run rules', () => {
  it('passes numbers, strings, booleans, null and plain objects and arrays of them, as a copy', () => {
    const value = { n: 1.5, s: 'Acme', b: false, none: null, list: [1, 'two', [true]], nested: { deep: { x: -0.25 } } };
    const copied = scriptRunCopy(value, 'the reply of getSelection');
    expect(copied).toEqual(value);
    expect(copied).not.toBe(value);
    expect((copied as typeof value).nested).not.toBe(value.nested);
  });

  it('turns undefined inside an array into null and drops an undefined property', () => {
    expect(scriptRunCopy([1, undefined, 3], 'x')).toEqual([1, null, 3]);
    // A hole in a sparse array is undefined too.
    const holed = [1, 2, 3];
    delete holed[1];
    expect(scriptRunCopy(holed, 'x')).toEqual([1, null, 3]);
    expect(scriptRunCopy({ kept: 1, gone: undefined }, 'x')).toStrictEqual({ kept: 1 });
    expect(scriptRunArguments('getPipelineSummary', [undefined])).toEqual([null]);
  });

  it.each([
    ['a Date', new Date('2025-03-01T00:00:00Z'), /cannot send a Date/],
    ['a function', () => 1, /cannot send a function/],
    ['NaN', Number.NaN, /cannot send NaN/],
    ['Infinity', Number.POSITIVE_INFINITY, /cannot send Infinity/],
    ['a class instance', new (class Prospect {})(), /cannot send a Prospect/],
    ['a Map', new Map(), /cannot send a Map/],
    ['a symbol', Symbol('x'), /cannot send a symbol/],
    ['a bigint', BigInt(1), /cannot send a bigint/],
  ])('fails the call on %s, saying where it is', (_name, bad, message) => {
    expect(() => scriptRunReply('getSelection', bad)).toThrow(message);
    // Inside objects and arrays too, with the path to it.
    expect(() => scriptRunArguments('moveProspects', [{ prospects: [{ row: 7, when: bad }] }])).toThrow(
      new RegExp(`${message.source} \\(argument 1 of moveProspects\\.prospects\\[0\\]\\.when\\)`),
    );
  });

  it('fails on an object that contains itself, but not on one shared twice', () => {
    const loop: Record<string, unknown> = { name: 'Acme' };
    loop.self = loop;
    expect(() => scriptRunCopy(loop, 'the reply of getSetup')).toThrow(/an object that contains itself \(the reply of getSetup\.self\)/);
    const shared = { stage: 'Won' };
    expect(scriptRunCopy([shared, shared], 'x')).toEqual([shared, shared]);
  });

  it('treats an object from another realm (the page, a vm context) by its shape, not by this realm’s Object', () => {
    const foreign = vm.runInNewContext('({ rows: [1, undefined], when: undefined, o: Object.create(null) })');
    expect(scriptRunCopy(foreign, 'x')).toEqual({ rows: [1, null], o: {} });
    expect(() => scriptRunCopy(vm.runInNewContext('new Date(0)'), 'x')).toThrow(/cannot send a Date/);
  });

  it('runs from its own source text, as the sidebar shim and the fake server run it in the page', () => {
    const copy = vm.runInNewContext(`(${scriptRunCopy.toString()})`) as typeof scriptRunCopy;
    expect(copy({ list: [undefined] }, 'x')).toEqual({ list: [null] });
    expect(() => copy({ when: new Date() }, 'argument 1 of f')).toThrow(/cannot send a Date \(argument 1 of f\.when\)/);
  });
});
