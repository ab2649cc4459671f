"""Cases: a client's application under a scheme as a sequence of dated events, and the
deadlines that follow from them."""
