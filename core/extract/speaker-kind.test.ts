import { describe, expect, it } from 'vitest';
import { speakerKindOf } from './speaker-kind';

describe('speakerKindOf', () => {
  it.each([
    ['Col. Ryan Dillon', 'person'],
    ['Ali Akbar Velayati', 'person'],
    ['Sheikh Jaafar Mustafa', 'person'],
    ['Pope Francis', 'person'],
    ['Colin Sutherland, Lord Carloway', 'person'],
    ['Robert Downey Jr.', 'person'],
    ['PMF fighter (unnamed)', 'person'],
    ['a spokesman for 10 Downing Street', 'person'],
    ['head of the police’s internal investigators', 'person'],
    ['Znak.com’s anonymous source', 'person'],
    ['Dillon', 'person'],
  ])('reads %s as a person', (name, kind) => {
    expect(speakerKindOf(name)).toBe(kind);
  });

  it.each([
    ['Ministry of Peshmerga', 'government'],
    ['United States Department of State', 'government'],
    ['Iraqi government', 'government'],
    ["Erdogan's office", 'government'],
    ['Taiwan’s Constitutional Court', 'government'],
    ['the Court of Session', 'government'],
    ['police', 'government'],
    ['the White House', 'government'],
    ['Syrian Democratic Forces', 'armed_group'],
    ['Popular Mobilization Units', 'armed_group'],
    ['Islamic State', 'armed_group'],
    ['Rudaw', 'outlet'],
    ['Bas News', 'outlet'],
    ['Time magazine', 'outlet'],
    ['Al Jazeera', 'outlet'],
    ['World Health Organization', 'organisation'],
    ['Kurdistan Democratic Party', 'organisation'],
    ['Amnesty International', 'organisation'],
  ])('reads %s as a body or group (%s)', (name, kind) => {
    expect(speakerKindOf(name)).toBe(kind);
  });

  it.each([
    ["the court's summary", 'other'],
    ["the Pope's decree", 'other'],
    ['United States Constitution', 'other'],
    ['Peshmerga officials', 'other'],
    ['Members of the House of Commons', 'other'],
  ])('reads %s as a document or an unnamed crowd (other)', (name, kind) => {
    expect(speakerKindOf(name)).toBe(kind);
  });

  it('goes by the head of the name, not by any word in it', () => {
    // "Peshmerga" alone is an armed group; the ministry that bears the name is not.
    expect(speakerKindOf('Peshmerga')).toBe('armed_group');
    expect(speakerKindOf('Ministry of Peshmerga')).toBe('government');
    expect(speakerKindOf("the manifesto's writer")).toBe('person');
  });

  it('takes a blank name as a person, the kind a new speaker had before', () => {
    expect(speakerKindOf('   ')).toBe('person');
  });
});
