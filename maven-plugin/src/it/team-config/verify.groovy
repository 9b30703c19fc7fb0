// The project's .hpolint.yaml is applied: the team's own rule reports, and the rule the team
// turned off does not.
def log = new File(basedir, 'build.log').text
assert log.contains('ACME-COST-CENTER-TAG Add a cost-center tag')
assert !log.contains('HPO-TAG-DUP-KEY')
assert log =~ /hpolint found 1 error in 1 file: jobs\/tuning.json/
assert log.contains('BUILD FAILURE')
