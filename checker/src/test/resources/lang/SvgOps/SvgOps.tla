---- MODULE SvgOps ----
\* The CommunityModules' SVG, built in: elements, their text, the layout helpers. An element's
\* text lists its attributes in the record's order. TLC orders field names by when it first met
\* them (an identifier when the module is read): Names, read first, makes that order the
\* alphabetical one, which is tlacheck's. (Names with a colon, such as "xlink:href", cannot be
\* ordered so: the texts printed here have none.)
EXTENDS SVG, TLC, Integers, Sequences, FiniteSets
Names == [attrs |-> 1, children |-> 1, cx |-> 1, cy |-> 1, fill |-> 1, height |-> 1, id |-> 1,
          innerText |-> 1, name |-> 1, r |-> 1, stroke |-> 1, width |-> 1, x |-> 1, x1 |-> 1,
          x2 |-> 1, y |-> 1, y1 |-> 1, y2 |-> 1]
L == Line(1, 2, 3, 4, [stroke |-> "black"])
C == Circle(5, 6, 7, <<>>)
R == Rect(0, 0, 10, 20, [fill |-> "red", x |-> "99"])
T == Text(1, 2, "hi <&> \"q\"", <<>>)
I == Image(1, 2, 3, 4, "a.png", <<>>)
G == Group(<<C, T>>, [id |-> "g1"])
D == SVGDoc(G, 0, -5, 100, 50, [width |-> "5"])

ASSUME PrintT(SVGElemToString(C))
ASSUME PrintT(SVGElemToString(L))
ASSUME PrintT(SVGElemToString(R))
ASSUME PrintT(SVGElemToString(T))
ASSUME PrintT(SVGElemToString(G))
ASSUME PrintT(SVGElemToString(Svg(<<>>, <<>>)))
ASSUME PrintT(SVGElemToString(Group(<<>>, <<>>)))
ASSUME PrintT(SVGElemToString(SVGElem("x", [id |-> "1"], <<Text(0, 0, "t", <<>>)>>, "inner")))
ASSUME PrintT(SVGElemToString(Circle("a", -1, <<0>>, <<>>)))
ASSUME PrintT(SVGElemToString(SVGElem("p", <<>>, <<G, SVGElem("q", <<>>, <<>>, "")>>, "")))
ASSUME PrintT(<<L.name, L.children, L.innerText, Cardinality(DOMAIN L)>>)
ASSUME PrintT(<<L.attrs.x1, L.attrs.y1, L.attrs.x2, L.attrs.y2, L.attrs.stroke, Cardinality(DOMAIN L.attrs)>>)
ASSUME PrintT(<<R.name, R.attrs.x, R.attrs.y, R.attrs.width, R.attrs.height, R.attrs.fill>>)
ASSUME PrintT(<<Rect(1, 2, 3, 4, [x |-> 5]).attrs.x, T.innerText, T.name, C.attrs.r>>)
ASSUME PrintT(<<I.name, I.attrs["xlink:href"], I.attrs.x, I.attrs.height, Cardinality(DOMAIN I.attrs)>>)
ASSUME PrintT(<<D.name, D.attrs.viewBox, D.attrs.width>>)
ASSUME PrintT(<<D.attrs.xmlns, D.attrs["xmlns:xlink"]>>)
ASSUME PrintT(<<D.children = <<G>>, Cardinality(DOMAIN D.attrs), G.attrs.id, G.children = <<C, T>>>>)
ASSUME PrintT(<<NodeOfRingNetwork(10, 10, 5, 1, 4), NodeOfRingNetwork(10, 10, 5, 2, 4)>>)
ASSUME PrintT(<<NodeOfRingNetwork(10, 10, 5, 3, 4), NodeOfRingNetwork(10, 10, 5, 4, 4)>>)
ASSUME PrintT(<<NodeOfRingNetwork(100, 100, 50, 1, 3), NodeOfRingNetwork(100, 100, 50, 0, 3)>>)
ASSUME PrintT(<<NodeOfRingNetwork(0, 0, 7, 5, 7), NodeOfRingNetwork(0, 0, 1000, 1, 360)>>)
ASSUME PrintT(<<NodeOfRingNetwork(0, 0, 1000, 5, 6), NodeOfRingNetwork(0, 0, 1000, 5, 12)>>)
ASSUME PrintT(<<NodeOfRingNetwork(0, 0, 1000, 7, 12), NodeOfRingNetwork(0, 0, 1000, 15, 18)>>)
ASSUME PrintT(<<NodeOfRingNetwork(0, 0, 1000, 400, 7), NodeOfRingNetwork(0, 0, 1000, -1, 7)>>)
ASSUME PrintT(<<NodeOfRingNetwork(0, 0, 1000, 1, 0), NodeOfRingNetwork(0, 0, 1000000, 3, 11)>>)
ASSUME PrintT(PointOnLine([x |-> 0, y |-> 0], [x |-> 10, y |-> -7], 3))
ASSUME PrintT(PointOnLine([x |-> 1, y |-> 1, z |-> 3], [x |-> 11, y |-> 1], 2))
ASSUME PrintT(PointOnLine([x |-> 0, y |-> 0], [x |-> -7, y |-> -8], 3))
====
