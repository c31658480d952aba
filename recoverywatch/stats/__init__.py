"""Official treatment statistics (`recoverywatch stats`): OHID's per-council indicators from the
Fingertips API (people in treatment, successful completions by substance), read from the API or
from saved bulk CSV files, resolved to the area gazetteer and stored per area and period in
`treatment_stats`."""
