a = "open
"""
~H"""
<div {@x}>
<%= "#{
