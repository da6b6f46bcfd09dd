package language_test

import (
	"testing"

	"github.com/ledeparse/lede/pkg/language"
)

func TestDetect(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"english", "The council said that it would vote on the plan, which has been delayed for a year.", "en"},
		{"german", "Der Rat hat sich nicht auf den Plan geeinigt, und die Abstimmung wird verschoben.", "de"},
		{"french", "Le conseil a dit que le vote sur le projet est reporté dans la semaine.", "fr"},
		{"spanish", "El consejo dijo que la votación del plan fue aplazada por los problemas del presupuesto.", "es"},
		{"too short", "Hello there", ""},
		{"no function words", "Zebra quokka 2025 xylophone 88 marmot lynx otter", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := language.Detect(tc.text); got != tc.want {
				t.Errorf("Detect(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
