package dates

import (
	"encoding/binary"
	"math"
	"regexp/syntax"
	"slices"
	"strconv"
	"sync"
	"unicode"
	"unicode/utf8"
)

// automata holds, for each rule, the automaton of its program, built the first time a
// text triggers the rule: a short text triggers few of them.
var automata = sync.OnceValue(func() []func() *automaton {
	out := make([]func() *automaton, len(rules()))
	for i, ru := range rules() {
		out[i] = sync.OnceValue(func() *automaton { return automatonOf(ru.re.String()) })
	}
	return out
})

// automaton reads text as an expression's program does, byte by byte, from the set of
// instructions the program may be at: a state is such a set, and whether a match may end
// there. The program stops at the first byte none of the instructions reads (a byte
// beyond ASCII starts or continues a character beyond ASCII, or reads as U+FFFD; only an
// instruction that reads such characters goes on). Assertions such as \b count as passed,
// so the automaton finds more matches possible than the expression has, never fewer, and
// lets the program read at least as far as it does.
type automaton struct {
	// class numbers the ASCII bytes the program tells apart, from 1; 0 is for the bytes
	// beyond ASCII.
	class   [256]uint8
	classes int
	// next holds the state after each state and class, at next[state*classes+class]: a
	// state from 0, the start, or stops or unknown.
	next []int16
	// ends says for each state whether a match may end there (mayEnd), and whether one
	// that does may look at the byte after it (looksAhead: "\b", "$").
	ends []uint8
}

const (
	mayEnd = 1 << iota
	looksAhead
)

const (
	stops   = -1 // no instruction reads the byte
	unknown = -2 // a byte beyond ASCII that an instruction may read: the program may go on
)

// starts reports whether a match may start with the byte c.
func (a *automaton) starts(c byte) bool { return a.next[a.class[c]] != stops }

// scan reads s from its start, and returns 0 when no match can start there, else how many
// bytes the expression needs to find its match: up to the last place a match may end, and
// the byte after it if an assertion there may look at it. Paths of the expression that go
// on past that place end in no match, so cutting them short changes nothing; but at a byte
// beyond ASCII that an instruction may read, the automaton cannot tell, and returns all of
// s.
func (a *automaton) scan(s string) int {
	st, end, looks := 0, 0, false
read:
	for i := 0; i < len(s); i++ {
		switch st = int(a.next[st*a.classes+int(a.class[s[i]])]); st {
		case unknown:
			return len(s)
		case stops:
			break read
		}
		if f := a.ends[st]; f != 0 {
			end, looks = i+1, f&looksAhead != 0
		}
	}
	if end == 0 {
		return 0
	}
	if looks {
		end++
	}
	return min(len(s), end)
}

// automatonOf builds the automaton of the expression's program. It panics on a pattern that
// could match empty or any character first, or that asks for a word boundary before a
// character that is not a word character: canStart cannot place those.
func automatonOf(pattern string) *automaton {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		panic(err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		panic(err)
	}
	reachable(prog, uint32(prog.Start), func(_ uint32, in *syntax.Inst, passed syntax.EmptyOp) {
		boundary := passed&syntax.EmptyWordBoundary != 0
		if in.Op != syntax.InstRune && in.Op != syntax.InstRune1 {
			panic("dates: a pattern may match empty or any character first: " + pattern)
		}
		for c := rune(0); c < utf8.RuneSelf; c++ {
			if boundary && in.MatchRune(c) && !isWordByte(byte(c)) {
				panic("dates: a pattern asks for a word boundary before " + strconv.QuoteRune(c) + ": " + pattern)
			}
		}
	})
	// after[pc] holds the instructions that read a character reachable once the one at pc
	// has read its own, ends[pc] how the match may end there.
	var readers []uint32
	after := map[uint32][]uint32{}
	ends := map[uint32]uint8{}
	for pc := range prog.Inst {
		if in := &prog.Inst[pc]; readsRune(in) {
			readers = append(readers, uint32(pc))
			reachable(prog, in.Out, func(next uint32, in *syntax.Inst, passed syntax.EmptyOp) {
				switch {
				case readsRune(in):
					after[uint32(pc)] = append(after[uint32(pc)], next)
				case in.Op == syntax.InstMatch:
					ends[uint32(pc)] |= mayEnd
					if passed&lookAhead != 0 {
						ends[uint32(pc)] |= looksAhead
					}
				}
			})
		}
	}
	// Bytes that the same instructions read are one class; reads[k][pc] says whether the
	// instruction at pc reads the bytes of class k.
	sets := make([][2]uint64, len(prog.Inst))
	for _, pc := range readers {
		sets[pc] = asciiReads(&prog.Inst[pc])
	}
	a := &automaton{classes: 1}
	reads := [][]bool{nil}
	classOf := map[string]uint8{}
	for c := byte(0); c < utf8.RuneSelf; c++ {
		key := make([]byte, (len(readers)+7)/8)
		for i, pc := range readers {
			if sets[pc][c/64]&(1<<(c%64)) != 0 {
				key[i/8] |= 1 << (i % 8)
			}
		}
		k, ok := classOf[string(key)]
		if !ok {
			k = uint8(a.classes)
			classOf[string(key)] = k
			r := make([]bool, len(prog.Inst))
			for _, pc := range readers {
				r[pc] = sets[pc][c/64]&(1<<(c%64)) != 0
			}
			reads = append(reads, r)
			a.classes++
		}
		a.class[c] = k
	}
	// The states, each the instructions that read a character and whether a match may end.
	var states [][]uint32
	ids := map[string]int16{}
	stateOf := func(at []uint32, end uint8) int16 {
		if len(at) == 0 && end == 0 {
			return stops
		}
		slices.Sort(at)
		at = slices.Compact(at)
		key := []byte{end}
		for _, pc := range at {
			key = binary.AppendUvarint(key, uint64(pc))
		}
		id, ok := ids[string(key)]
		if !ok {
			if len(states) == math.MaxInt16 {
				panic("dates: a pattern's automaton has too many states: " + pattern)
			}
			id = int16(len(states))
			ids[string(key)] = id
			states = append(states, at)
			a.ends = append(a.ends, end)
		}
		return id
	}
	var start []uint32
	reachable(prog, uint32(prog.Start), func(pc uint32, _ *syntax.Inst, _ syntax.EmptyOp) {
		start = append(start, pc)
	})
	stateOf(start, 0)
	for i := 0; i < len(states); i++ {
		// A byte beyond ASCII: only an instruction that reads such characters goes on.
		beyond := int16(stops)
		for _, pc := range states[i] {
			if readsBeyondASCII(&prog.Inst[pc]) {
				beyond = unknown
			}
		}
		a.next = append(a.next, beyond)
		for k := 1; k < a.classes; k++ {
			var at []uint32
			var end uint8
			for _, pc := range states[i] {
				if reads[k][pc] {
					at = append(at, after[pc]...)
					end |= ends[pc]
				}
			}
			a.next = append(a.next, stateOf(at, end))
		}
	}
	return a
}

// lookAhead are the assertions that look at the character after them.
const lookAhead = syntax.EmptyWordBoundary | syntax.EmptyNoWordBoundary | syntax.EmptyEndText | syntax.EmptyEndLine

// asciiReads returns the ASCII characters the instruction reads, as bits, the way
// syntax.Inst.MatchRune reads them: one character and those it folds to, or ranges.
func asciiReads(in *syntax.Inst) [2]uint64 {
	var set [2]uint64
	add := func(lo, hi rune) {
		for c := max(lo, 0); c <= hi && c < utf8.RuneSelf; c++ {
			set[c/64] |= 1 << (c % 64)
		}
	}
	switch {
	case in.Op == syntax.InstRuneAny:
		add(0, utf8.RuneSelf)
	case in.Op == syntax.InstRuneAnyNotNL:
		add(0, '\n'-1)
		add('\n'+1, utf8.RuneSelf)
	case len(in.Rune) == 1:
		r := in.Rune[0]
		add(r, r)
		for f := unicode.SimpleFold(r); syntax.Flags(in.Arg)&syntax.FoldCase != 0 && f != r; f = unicode.SimpleFold(f) {
			add(f, f)
		}
	default:
		for k := 0; k+1 < len(in.Rune); k += 2 {
			add(in.Rune[k], in.Rune[k+1])
		}
	}
	return set
}

// readsBeyondASCII reports whether the instruction reads any character beyond ASCII, the
// way syntax.Inst.MatchRune reads them.
func readsBeyondASCII(in *syntax.Inst) bool {
	switch {
	case in.Op == syntax.InstRuneAny || in.Op == syntax.InstRuneAnyNotNL:
		return true
	case len(in.Rune) == 1:
		r := in.Rune[0]
		for f := unicode.SimpleFold(r); syntax.Flags(in.Arg)&syntax.FoldCase != 0 && f != r; f = unicode.SimpleFold(f) {
			if f >= utf8.RuneSelf {
				return true
			}
		}
		return r >= utf8.RuneSelf
	}
	for k := 1; k < len(in.Rune); k += 2 {
		if in.Rune[k] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// readsRune reports whether the instruction reads a character.
func readsRune(in *syntax.Inst) bool {
	switch in.Op {
	case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
		return true
	}
	return false
}

// reachable calls f with each instruction of prog, and its number, reachable from pc without
// reading a character, that is, one that reads a character, ends a match or fails, and the
// assertions passed on the way there; an instruction reached with different assertions is
// reported for each.
func reachable(prog *syntax.Prog, pc uint32, f func(pc uint32, in *syntax.Inst, passed syntax.EmptyOp)) {
	seen := map[[2]uint32]bool{}
	var walk func(pc uint32, passed syntax.EmptyOp)
	walk = func(pc uint32, passed syntax.EmptyOp) {
		if seen[[2]uint32{pc, uint32(passed)}] {
			return
		}
		seen[[2]uint32{pc, uint32(passed)}] = true
		switch in := &prog.Inst[pc]; in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			walk(in.Out, passed)
			walk(in.Arg, passed)
		case syntax.InstCapture, syntax.InstNop:
			walk(in.Out, passed)
		case syntax.InstEmptyWidth:
			walk(in.Out, passed|syntax.EmptyOp(in.Arg))
		default:
			f(pc, in, passed)
		}
	}
	walk(pc, 0)
}
