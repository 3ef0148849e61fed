// The consumer's dependency tree is symgrad and antlr4-runtime, nothing else; the README example
// printed what the README says it prints.
def tree = new File(basedir, 'target/dependency-tree.txt').getText('UTF-8').readLines()
println "consumer dependency tree:\n  " + tree.join('\n  ')
def dependencies = tree.drop(1).collect { it.replaceFirst(/^[|+\\\- ]+/, '') }
assert dependencies == ["org.symgrad:symgrad:jar:${symgradVersion}:compile",
                        "org.antlr:antlr4-runtime:jar:${antlrVersion}:compile"]

def out = new File(basedir, 'target/example-output.txt').getText('UTF-8').readLines()
assert out.size() >= 6 : out
assert out[0] == 'sigma(o) - y'
assert out[1] == '\\sigma(o) - y'
assert out[2].startsWith('∂/∂x log(σ(x))   (')
assert out[-2].startsWith('1 − σ(x)   (')
assert out[-1] == 'y_i(δ_ij − y_j)'
return true
