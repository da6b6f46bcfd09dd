package cli

import (
	"github.com/spf13/cobra"

	"github.com/ledeparse/lede/pkg/schema"
)

func newSchema(s *Streams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of lede's output record",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			out, err := schema.Article()
			if err != nil {
				return err
			}
			_, err = s.Out.Write(out)
			return err
		},
	}
}
